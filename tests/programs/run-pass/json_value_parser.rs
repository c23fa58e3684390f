use std::fmt;
use std::iter::Peekable;
use std::str::Chars;

#[derive(Debug, Clone, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

#[derive(Debug, PartialEq)]
enum ParseError {
    Eof,
    Unexpected(char),
    BadNumber(String),
    BadLiteral(String),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ParseError::Eof => write!(f, "unexpected end of input"),
            ParseError::Unexpected(c) => write!(f, "unexpected character {:?}", c),
            ParseError::BadNumber(s) => write!(f, "bad number {:?}", s),
            ParseError::BadLiteral(s) => write!(f, "bad literal {:?}", s),
        }
    }
}

struct Parser<'a> {
    it: Peekable<Chars<'a>>,
}

impl<'a> Parser<'a> {
    fn ws(&mut self) {
        while self.it.peek().map_or(false, |c| c.is_whitespace()) {
            self.it.next();
        }
    }

    fn expect(&mut self, want: char) -> Result<(), ParseError> {
        self.ws();
        match self.it.next() {
            Some(c) if c == want => Ok(()),
            Some(c) => Err(ParseError::Unexpected(c)),
            None => Err(ParseError::Eof),
        }
    }

    fn value(&mut self) -> Result<Json, ParseError> {
        self.ws();
        match *self.it.peek().ok_or(ParseError::Eof)? {
            '{' => self.object(),
            '[' => self.array(),
            '"' => Ok(Json::Str(self.string()?)),
            c if c == '-' || c.is_ascii_digit() => self.number(),
            c if c.is_alphabetic() => {
                let word: String = std::iter::from_fn(|| self.it.next_if(|c| c.is_alphabetic())).collect();
                match word.as_str() {
                    "null" => Ok(Json::Null),
                    "true" => Ok(Json::Bool(true)),
                    "false" => Ok(Json::Bool(false)),
                    _ => Err(ParseError::BadLiteral(word)),
                }
            }
            c => Err(ParseError::Unexpected(c)),
        }
    }

    fn number(&mut self) -> Result<Json, ParseError> {
        let mut s = String::new();
        while let Some(&c) = self.it.peek() {
            if c.is_ascii_digit() || "+-.eE".contains(c) {
                s.push(c);
                self.it.next();
            } else {
                break;
            }
        }
        s.parse::<f64>().map(Json::Num).map_err(|_| ParseError::BadNumber(s))
    }

    fn string(&mut self) -> Result<String, ParseError> {
        self.expect('"')?;
        let mut out = String::new();
        loop {
            match self.it.next().ok_or(ParseError::Eof)? {
                '"' => return Ok(out),
                '\\' => match self.it.next().ok_or(ParseError::Eof)? {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    c => out.push(c),
                },
                c => out.push(c),
            }
        }
    }

    fn array(&mut self) -> Result<Json, ParseError> {
        self.expect('[')?;
        let mut items = Vec::new();
        self.ws();
        if self.it.peek() == Some(&']') {
            self.it.next();
            return Ok(Json::Arr(items));
        }
        loop {
            items.push(self.value()?);
            self.ws();
            match self.it.next() {
                Some(',') => continue,
                Some(']') => return Ok(Json::Arr(items)),
                Some(c) => return Err(ParseError::Unexpected(c)),
                None => return Err(ParseError::Eof),
            }
        }
    }

    fn object(&mut self) -> Result<Json, ParseError> {
        self.expect('{')?;
        let mut fields = Vec::new();
        self.ws();
        if self.it.next_if_eq(&'}').is_some() {
            return Ok(Json::Obj(fields));
        }
        loop {
            self.ws();
            let key = self.string()?;
            self.expect(':')?;
            let v = self.value()?;
            fields.push((key, v));
            self.ws();
            match self.it.next() {
                Some(',') => {}
                Some('}') => return Ok(Json::Obj(fields)),
                Some(c) => return Err(ParseError::Unexpected(c)),
                None => return Err(ParseError::Eof),
            }
        }
    }
}

fn parse(s: &str) -> Result<Json, ParseError> {
    let mut p = Parser { it: s.chars().peekable() };
    let v = p.value()?;
    p.ws();
    match p.it.next() {
        None => Ok(v),
        Some(c) => Err(ParseError::Unexpected(c)),
    }
}

impl Json {
    fn pretty(&self, indent: usize, out: &mut String) {
        let pad = "  ".repeat(indent + 1);
        match self {
            Json::Arr(items) if !items.is_empty() => {
                out.push_str("[\n");
                for (i, item) in items.iter().enumerate() {
                    out.push_str(&pad);
                    item.pretty(indent + 1, out);
                    out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
                }
                out.push_str(&"  ".repeat(indent));
                out.push(']');
            }
            Json::Obj(fields) if !fields.is_empty() => {
                out.push_str("{\n");
                for (i, (k, v)) in fields.iter().enumerate() {
                    out.push_str(&format!("{}{:?}: ", pad, k));
                    v.pretty(indent + 1, out);
                    out.push_str(if i + 1 < fields.len() { ",\n" } else { "\n" });
                }
                out.push_str(&"  ".repeat(indent));
                out.push('}');
            }
            other => out.push_str(&other.to_string()),
        }
    }

    fn get(&self, path: &[&str]) -> Option<&Json> {
        let (first, rest) = match path.split_first() {
            None => return Some(self),
            Some(x) => x,
        };
        let next = match self {
            Json::Obj(fields) => fields.iter().find(|(k, _)| k == first).map(|(_, v)| v),
            Json::Arr(items) => first.parse::<usize>().ok().and_then(|i| items.get(i)),
            _ => None,
        }?;
        next.get(rest)
    }

    fn depth(&self) -> usize {
        match self {
            Json::Arr(v) => 1 + v.iter().map(Json::depth).max().unwrap_or(0),
            Json::Obj(f) => 1 + f.iter().map(|(_, v)| v.depth()).max().unwrap_or(0),
            _ => 0,
        }
    }
}

impl fmt::Display for Json {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Json::Null => write!(f, "null"),
            Json::Bool(b) => write!(f, "{}", b),
            Json::Num(n) => write!(f, "{}", n),
            Json::Str(s) => write!(f, "{:?}", s),
            Json::Arr(items) => {
                let parts: Vec<String> = items.iter().map(|i| i.to_string()).collect();
                write!(f, "[{}]", parts.join(","))
            }
            Json::Obj(fields) => {
                let parts: Vec<String> = fields.iter().map(|(k, v)| format!("{:?}:{}", k, v)).collect();
                write!(f, "{{{}}}", parts.join(","))
            }
        }
    }
}

fn main() {
    let src = r#" { "name": "ferrum", "version": 0.3, "tags": ["compiler", "rust", "interp"],
        "stats": { "files": 412, "ok": true, "ratio": -1.5e2, "owner": null },
        "nested": [[1, 2], [], [[3]]], "escaped": "a\"b\\n" } "#;
    match parse(src) {
        Ok(v) => {
            println!("{}", v);
            let mut s = String::new();
            v.pretty(0, &mut s);
            println!("{}", s);
            println!("depth {}", v.depth());
            for path in [&["stats", "files"][..], &["tags", "1"], &["nested", "2", "0", "0"], &["tags", "9"], &["name", "x"]] {
                println!("{:<24} => {:?}", path.join("."), v.get(path).map(|j| j.to_string()));
            }
        }
        Err(e) => println!("error: {}", e),
    }
    for bad in ["[1, 2", "{\"a\" 1}", "tru", "[1,]", "12x", "-", "\"open"] {
        match parse(bad) {
            Ok(v) => println!("{:<10} parsed?! {}", bad, v),
            Err(e) => println!("{:<10} error: {}", bad, e),
        }
    }
    assert_eq!(parse("[true,false,null]"), Ok(Json::Arr(vec![Json::Bool(true), Json::Bool(false), Json::Null])));
    println!("{:?}", parse(" 42 "));
}
