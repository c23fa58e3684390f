// if let / else if let chains over enums and checked arithmetic results.

enum Token {
    Number(i64),
    Ident(&'static str),
    Op(char),
    Paren(bool),
    End,
}

fn describe(t: &Token) {
    if let Token::Number(n @ 0..=9) = t {
        println!("single digit {}", n);
    } else if let Token::Number(n) = t {
        println!("number {}", n);
    } else if let Token::Ident(name) = t {
        println!("identifier {} ({} chars)", name, name.len());
    } else if let Token::Op('+' | '-') = t {
        println!("additive operator");
    } else if let Token::Op(c) = t {
        println!("operator {:?}", c);
    } else if let Token::Paren(true) = t {
        println!("open paren");
    } else if let Token::Paren(false) = t {
        println!("close paren");
    } else {
        println!("end of input");
    }
}

fn safe_average(values: &[i32]) -> i32 {
    let mut total: i32 = 0;
    for i in 0..values.len() {
        if let Some(t) = total.checked_add(values[i]) {
            total = t;
        } else {
            println!("  overflow at element {}", i);
            return i32::MAX;
        }
    }
    if let Some(avg) = total.checked_div(values.len() as i32) { avg } else { 0 }
}

fn main() {
    let tokens = [
        Token::Ident("alpha"), Token::Op('='), Token::Number(7), Token::Op('*'), Token::Paren(true),
        Token::Number(42), Token::Op('-'), Token::Ident("x"), Token::Paren(false), Token::End,
    ];
    for i in 0..tokens.len() {
        print!("{:>2}: ", i);
        describe(&tokens[i]);
    }
    println!("avg {}", safe_average(&[1, 2, 3, 4]));
    println!("avg {}", safe_average(&[]));
    println!("avg {}", safe_average(&[i32::MAX, 1, 2]));
    let mut numbers = 0;
    for i in 0..tokens.len() {
        if let Token::Number(_) = tokens[i] {
            numbers += 1;
        }
    }
    println!("{} numbers", numbers);
    let flag = if let Token::End = tokens[9] { "ends properly" } else { "missing end" };
    println!("{}", flag);
}
