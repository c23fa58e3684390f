// References need lifetimes where elision gives none: struct fields, and
// return types borrowing from two arguments or from none.
struct Token {
    text: &str, //~ ERROR E0106
}

fn longest(a: &str, b: &str) -> &str { //~ ERROR E0106
    if a.len() > b.len() { a } else { b }
}

fn greeting() -> &str { //~ ERROR E0106
    "hello"
}

struct Parser<'a> {
    rest: &'a str,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> &str {
        &self.rest[..1]
    }
}

fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}

fn main() {
    let p = Parser { rest: "abc" };
    println!("{} {} {}", longest("a", "bb"), greeting(), p.peek());
    println!("{}", first_word("x y"));
    let t = Token { text: "t" };
    println!("{}", t.text);
}
