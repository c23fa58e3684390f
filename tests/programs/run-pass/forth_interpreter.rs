use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Num(i64),
    Word(String),
    Define(String, Vec<Token>),
}

#[derive(Debug)]
enum ForthError {
    StackUnderflow(String),
    UnknownWord(String),
    DivisionByZero,
    BadDefinition,
}

impl fmt::Display for ForthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ForthError::StackUnderflow(w) => write!(f, "stack underflow in `{}`", w),
            ForthError::UnknownWord(w) => write!(f, "unknown word `{}`", w),
            ForthError::DivisionByZero => f.write_str("division by zero"),
            ForthError::BadDefinition => f.write_str("bad definition"),
        }
    }
}

type Builtin = fn(&mut Vec<i64>) -> Result<(), ForthError>;

struct Forth {
    stack: Vec<i64>,
    builtins: HashMap<&'static str, Builtin>,
    words: HashMap<String, Vec<Token>>,
    output: Vec<String>,
}

fn pop2(stack: &mut Vec<i64>, word: &str) -> Result<(i64, i64), ForthError> {
    let b = stack.pop().ok_or_else(|| ForthError::StackUnderflow(word.to_string()))?;
    let a = stack.pop().ok_or_else(|| ForthError::StackUnderflow(word.to_string()))?;
    Ok((a, b))
}

fn tokenize(src: &str) -> Result<Vec<Token>, ForthError> {
    let mut out = Vec::new();
    let mut words = src.split_whitespace().map(|w| w.to_lowercase());
    while let Some(w) = words.next() {
        if w == ":" {
            let name = words.next().ok_or(ForthError::BadDefinition)?;
            if name.parse::<i64>().is_ok() {
                return Err(ForthError::BadDefinition);
            }
            let mut body = Vec::new();
            loop {
                match words.next() {
                    Some(t) if t == ";" => break,
                    Some(t) => body.push(match t.parse() {
                        Ok(n) => Token::Num(n),
                        Err(_) => Token::Word(t),
                    }),
                    None => return Err(ForthError::BadDefinition),
                }
            }
            out.push(Token::Define(name, body));
        } else if let Ok(n) = w.parse::<i64>() {
            out.push(Token::Num(n));
        } else {
            out.push(Token::Word(w));
        }
    }
    Ok(out)
}

impl Forth {
    fn new() -> Self {
        let mut builtins: HashMap<&'static str, Builtin> = HashMap::new();
        builtins.insert("+", |s| pop2(s, "+").map(|(a, b)| s.push(a + b)));
        builtins.insert("-", |s| pop2(s, "-").map(|(a, b)| s.push(a - b)));
        builtins.insert("*", |s| pop2(s, "*").map(|(a, b)| s.push(a * b)));
        builtins.insert("/", |s| {
            let (a, b) = pop2(s, "/")?;
            if b == 0 {
                return Err(ForthError::DivisionByZero);
            }
            s.push(a / b);
            Ok(())
        });
        builtins.insert("dup", |s| {
            let top = *s.last().ok_or_else(|| ForthError::StackUnderflow("dup".into()))?;
            s.push(top);
            Ok(())
        });
        builtins.insert("drop", |s| s.pop().map(|_| ()).ok_or(ForthError::StackUnderflow("drop".into())));
        builtins.insert("swap", |s| {
            let (a, b) = pop2(s, "swap")?;
            s.extend([b, a]);
            Ok(())
        });
        builtins.insert("over", |s| {
            let (a, b) = pop2(s, "over")?;
            s.extend_from_slice(&[a, b, a]);
            Ok(())
        });
        Forth { stack: Vec::new(), builtins, words: HashMap::new(), output: Vec::new() }
    }

    fn run(&mut self, tokens: &[Token], depth: usize) -> Result<(), ForthError> {
        for t in tokens {
            match t {
                Token::Num(n) => self.stack.push(*n),
                Token::Define(name, body) => {
                    // Expand existing user words now, as Forth binds at definition time.
                    let mut expanded = Vec::new();
                    for tok in body {
                        match tok {
                            Token::Word(w) if self.words.contains_key(w) => expanded.extend(self.words[w].iter().cloned()),
                            other => expanded.push(other.clone()),
                        }
                    }
                    self.words.insert(name.clone(), expanded);
                }
                Token::Word(w) if w == "." => {
                    let v = self.stack.pop().ok_or_else(|| ForthError::StackUnderflow(".".into()))?;
                    self.output.push(v.to_string());
                }
                Token::Word(w) => {
                    if let Some(body) = self.words.get(w).cloned() {
                        self.run(&body, depth + 1)?;
                    } else if let Some(f) = self.builtins.get(w.as_str()) {
                        f(&mut self.stack)?;
                    } else {
                        return Err(ForthError::UnknownWord(w.clone()));
                    }
                }
            }
        }
        Ok(())
    }

    fn eval(&mut self, src: &str) -> Result<(), ForthError> {
        let tokens = tokenize(src)?;
        self.run(&tokens, 0)
    }
}

fn main() {
    let programs = [
        "1 2 3 + + .",
        ": square dup * ; 7 square .",
        ": foo 5 ; : bar foo ; : foo 6 ; bar foo + .",
        "10 3 / 10 3 - swap over . . .",
        "1 0 /",
        "1 +",
        "2 frobnicate",
        ": 1 2 ;",
        ": swap dup ; 4 swap * .",
        "1 2 3 4 drop drop DUP * .",
    ];
    for src in programs.iter() {
        let mut forth = Forth::new();
        match forth.eval(src) {
            Ok(()) => println!("{:<45} => out [{}] stack {:?}", src, forth.output.join(" "), forth.stack),
            Err(e) => println!("{:<45} => error: {} (stack {:?})", src, e, forth.stack),
        }
    }
    let mut f = Forth::new();
    f.eval(": fib-step over over + ; 0 1 fib-step fib-step fib-step fib-step fib-step").unwrap();
    println!("fib stack: {:?}, words: {}", f.stack, f.words.len());
    println!("{:?}", tokenize(": x 1 ;").unwrap());
}
