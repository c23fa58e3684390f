// Zero-copy tokenizer over &'a str with an Iterator impl, a config parser
// built on it, and lifetimes flowing through structs and Results.
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Token<'a> { Key(&'a str), Str(&'a str), Num(f64), Bool(bool), Eq, Section(&'a str), Newline }

struct Tokens<'a> { src: &'a str, pos: usize, line: usize }

impl<'a> Tokens<'a> {
    fn new(src: &'a str) -> Self { Tokens { src, pos: 0, line: 1 } }
    fn rest(&self) -> &'a str { &self.src[self.pos..] }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Result<(usize, Token<'a>), String>;
    fn next(&mut self) -> Option<Self::Item> {
        let trimmed = self.rest().trim_start_matches(|c| c == ' ' || c == '\t');
        self.pos = self.src.len() - trimmed.len();
        let rest = self.rest();
        let c = rest.chars().next()?;
        let line = self.line;
        let (tok, len) = match c {
            '\n' => { self.line += 1; (Token::Newline, 1) }
            '#' => { let end = rest.find('\n').unwrap_or(rest.len()); self.pos += end; return self.next(); }
            '=' => (Token::Eq, 1),
            '[' => match rest.find(']') { Some(end) => (Token::Section(&rest[1..end]), end + 1), None => return Some(Err(format!("line {}: unclosed section", line))) },
            '"' => match rest[1..].find('"') { Some(end) => (Token::Str(&rest[1..end + 1]), end + 2), None => return Some(Err(format!("line {}: unclosed string", line))) },
            c if c.is_ascii_digit() || c == '-' => {
                let end = rest.find(|ch: char| !(ch.is_ascii_digit() || ch == '.' || ch == '-')).unwrap_or(rest.len());
                match rest[..end].parse() { Ok(n) => (Token::Num(n), end), Err(_) => return Some(Err(format!("line {}: bad number {:?}", line, &rest[..end]))) }
            }
            c if c.is_alphabetic() => {
                let end = rest.find(|ch: char| !(ch.is_alphanumeric() || ch == '_')).unwrap_or(rest.len());
                let word = &rest[..end];
                (match word { "true" => Token::Bool(true), "false" => Token::Bool(false), _ => Token::Key(word) }, end)
            }
            other => return Some(Err(format!("line {}: unexpected {:?}", line, other))),
        };
        self.pos += len;
        Some(Ok((line, tok)))
    }
}

#[derive(Debug, PartialEq)]
enum Value<'a> { Str(&'a str), Num(f64), Bool(bool) }

fn parse<'a>(src: &'a str) -> Result<BTreeMap<(&'a str, &'a str), Value<'a>>, String> {
    let mut out = BTreeMap::new();
    let mut section = "";
    let toks: Vec<(usize, Token<'a>)> = Tokens::new(src).collect::<Result<_, _>>()?;
    let mut i = 0;
    while i < toks.len() {
        match &toks[i..] {
            [(_, Token::Newline), ..] => i += 1,
            [(_, Token::Section(s)), ..] => { section = s; i += 1; }
            [(_, Token::Key(k)), (_, Token::Eq), (_, v), ..] => {
                let value = match v {
                    Token::Str(s) => Value::Str(s),
                    Token::Num(n) => Value::Num(*n),
                    Token::Bool(b) => Value::Bool(*b),
                    other => return Err(format!("bad value {:?} for {}", other, k)),
                };
                if out.insert((section, *k), value).is_some() { return Err(format!("duplicate key {}.{}", section, k)); }
                i += 3;
            }
            [(line, t), ..] => return Err(format!("line {}: unexpected token {:?}", line, t)),
            [] => break,
        }
    }
    Ok(out)
}

fn main() {
    let src = "# settings\nname = \"ferrum\"\nversion = 0.3\n\n[server]\nport = 8080\ndebug = false # trailing\nhost = \"localhost\"\n[client]\nretries = -2\n";
    match parse(src) {
        Ok(map) => { for ((sec, key), v) in &map { println!("{:>8}.{:<8} = {:?}", sec, key, v); } }
        Err(e) => println!("error: {}", e),
    }
    for bad in ["a = \"open", "x = = 1", "[s\nk = 1", "k = 1\nk = 2", "n = 1.2.3", "v = @"] {
        println!("{:?} -> {:?}", bad, parse(bad).map(|m| m.len()));
    }
    let count = Tokens::new("a = 1\nb = \"two\"").filter_map(Result::ok).filter(|(_, t)| matches!(t, Token::Key(_))).count();
    println!("keys: {}", count);
}
