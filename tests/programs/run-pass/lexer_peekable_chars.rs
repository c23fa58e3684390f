use std::fmt;
use std::iter::Peekable;
use std::str::Chars;

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Int(i64),
    Float(f64),
    Str(String),
    Op(String),
    Punct(char),
    Keyword(&'static str),
}

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Tok::Ident(s) => write!(f, "IDENT({})", s),
            Tok::Int(n) => write!(f, "INT({})", n),
            Tok::Float(x) => write!(f, "FLOAT({:?})", x),
            Tok::Str(s) => write!(f, "STR({:?})", s),
            Tok::Op(s) => write!(f, "OP({})", s),
            Tok::Punct(c) => write!(f, "PUNCT({})", c),
            Tok::Keyword(k) => write!(f, "KW({})", k),
        }
    }
}

const KEYWORDS: [&str; 5] = ["let", "fn", "if", "else", "return"];

struct Lexer<'a> {
    chars: Peekable<Chars<'a>>,
    line: usize,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a str) -> Self {
        Lexer { chars: src.chars().peekable(), line: 1 }
    }

    fn skip_ws(&mut self) {
        while let Some(&c) = self.chars.peek() {
            if c == '\n' {
                self.line += 1;
                self.chars.next();
            } else if c.is_whitespace() {
                self.chars.next();
            } else if c == '#' {
                while let Some(c) = self.chars.next() {
                    if c == '\n' {
                        self.line += 1;
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    fn number(&mut self, first: char) -> Tok {
        let mut s = String::new();
        s.push(first);
        let mut is_float = false;
        while let Some(&c) = self.chars.peek() {
            if c.is_ascii_digit() || c == '_' {
                if c != '_' {
                    s.push(c);
                }
                self.chars.next();
            } else if c == '.' && !is_float {
                is_float = true;
                s.push(c);
                self.chars.next();
            } else {
                break;
            }
        }
        if is_float {
            Tok::Float(s.parse().unwrap())
        } else {
            Tok::Int(s.parse().unwrap())
        }
    }

    fn ident(&mut self, first: char) -> Tok {
        let mut s = first.to_string();
        while let Some(c) = self.chars.next_if(|c| c.is_alphanumeric() || *c == '_') {
            s.push(c);
        }
        match KEYWORDS.iter().find(|k| **k == s) {
            Some(k) => Tok::Keyword(k),
            None => Tok::Ident(s),
        }
    }

    fn string(&mut self) -> Result<Tok, String> {
        let mut s = String::new();
        loop {
            match self.chars.next() {
                None => return Err(format!("line {}: unterminated string", self.line)),
                Some('"') => return Ok(Tok::Str(s)),
                Some('\\') => match self.chars.next() {
                    Some('n') => s.push('\n'),
                    Some('t') => s.push('\t'),
                    Some(c) => s.push(c),
                    None => return Err("bad escape".to_string()),
                },
                Some(c) => s.push(c),
            }
        }
    }

    fn next_token(&mut self) -> Option<Result<(usize, Tok), String>> {
        self.skip_ws();
        let c = self.chars.next()?;
        let line = self.line;
        let tok = match c {
            '0'..='9' => Ok(self.number(c)),
            'a'..='z' | 'A'..='Z' | '_' => Ok(self.ident(c)),
            '"' => self.string(),
            '=' | '!' | '<' | '>' => {
                if self.chars.peek() == Some(&'=') {
                    self.chars.next();
                    Ok(Tok::Op(format!("{}=", c)))
                } else {
                    Ok(Tok::Op(c.to_string()))
                }
            }
            '+' | '-' | '*' | '/' => Ok(Tok::Op(String::from(c))),
            '(' | ')' | '{' | '}' | ';' | ',' => Ok(Tok::Punct(c)),
            other => Err(format!("line {}: unexpected {:?}", line, other)),
        };
        Some(tok.map(|t| (line, t)))
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Result<(usize, Tok), String>;
    fn next(&mut self) -> Option<Self::Item> {
        self.next_token()
    }
}

fn main() {
    let src = "let x = 1_000 + 2.5; # comment\nfn add(a, b) { return a >= b; }\nif x != 3 { print(\"hi\\tthere\\n\"); } else { y = x * 42 }\n";
    let mut counts = [0usize; 7];
    for item in Lexer::new(src) {
        match item {
            Ok((line, tok)) => {
                let idx = match &tok {
                    Tok::Ident(_) => 0,
                    Tok::Int(_) => 1,
                    Tok::Float(_) => 2,
                    Tok::Str(_) => 3,
                    Tok::Op(_) => 4,
                    Tok::Punct(_) => 5,
                    Tok::Keyword(_) => 6,
                };
                counts[idx] += 1;
                println!("{:>3}: {}", line, tok);
            }
            Err(e) => println!("error: {}", e),
        }
    }
    println!("counts: {:?}", counts);

    let bad = "let s = \"open\nx @ 2";
    let results: Vec<_> = Lexer::new(bad).collect();
    let errs: Vec<&String> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    println!("{} tokens, errors: {:?}", results.len(), errs);

    let idents: Vec<String> = Lexer::new("alpha beta if gamma 3 delta")
        .filter_map(Result::ok)
        .filter_map(|(_, t)| if let Tok::Ident(s) = t { Some(s) } else { None })
        .collect();
    println!("{}", idents.join("|"));
}
