// Raw identifiers: keywords used as names of fields, functions, locals,
// modules and enum variants, written `r#name` everywhere they are used.
mod r#match {
    pub fn r#loop(n: u32) -> u32 {
        n * 2
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    r#Fn,
    r#Struct(String),
}

#[derive(Debug)]
struct Header {
    r#type: u8,
    r#in: &'static str,
}

fn r#while(r#for: i32) -> i32 {
    let r#let = r#for + 1;
    r#let * r#let
}

fn main() {
    let h = Header { r#type: 4, r#in: "stdin" };
    println!("{} {} {:?}", h.r#type, h.r#in, h);
    println!("{}", r#match::r#loop(21));
    println!("{}", r#while(2));
    let tokens = vec![Token::r#Fn, Token::r#Struct("S".to_string())];
    for t in &tokens {
        match t {
            Token::r#Fn => println!("fn keyword"),
            Token::r#Struct(name) => println!("struct {name}"),
        }
    }
    println!("{:?}", tokens);
    let Header { r#type, .. } = h;
    println!("{}", r#type);
}
