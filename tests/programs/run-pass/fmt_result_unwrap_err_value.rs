// `Result::unwrap` on an `Err` prints the error with `{:?}`.
#[derive(Debug)]
enum ParseError {
    Empty,
    BadDigit(char),
}

fn parse(s: &str) -> Result<u32, ParseError> {
    if s.is_empty() {
        return Err(ParseError::Empty);
    }
    let mut n = 0;
    let bytes = s.as_bytes();
    for i in 0..bytes.len() {
        let c = bytes[i] as char;
        match c.to_digit(10) {
            Some(d) => n = n * 10 + d,
            None => return Err(ParseError::BadDigit(c)),
        }
    }
    Ok(n)
}

fn main() {
    println!("{:?} {:?} {:?}", parse("42"), parse(""), parse("4x"));
    let v = parse("17").unwrap();
    println!("{}", v);
    let w = parse("1z2").unwrap();
    println!("{}", w);
}
