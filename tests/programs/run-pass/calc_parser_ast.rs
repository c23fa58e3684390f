use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Num(f64),
    Plus,
    Minus,
    Star,
    Slash,
    Caret,
    LParen,
    RParen,
}

#[derive(Debug)]
enum Expr {
    Num(f64),
    Neg(Box<Expr>),
    Bin(Op, Box<Expr>, Box<Expr>),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
    Pow,
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = match self {
            Op::Add => "+",
            Op::Sub => "-",
            Op::Mul => "*",
            Op::Div => "/",
            Op::Pow => "^",
        };
        write!(f, "{}", s)
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Expr::Num(n) => write!(f, "{}", n),
            Expr::Neg(e) => write!(f, "(-{})", e),
            Expr::Bin(op, l, r) => write!(f, "({} {} {})", l, op, r),
        }
    }
}

#[derive(Debug)]
enum ParseError {
    UnexpectedChar(char, usize),
    UnexpectedEnd,
    UnexpectedToken(Token),
    DivByZero,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ParseError::UnexpectedChar(c, i) => write!(f, "unexpected char '{}' at {}", c, i),
            ParseError::UnexpectedEnd => write!(f, "unexpected end of input"),
            ParseError::UnexpectedToken(t) => write!(f, "unexpected token {:?}", t),
            ParseError::DivByZero => write!(f, "division by zero"),
        }
    }
}

fn tokenize(src: &str) -> Result<Vec<Token>, ParseError> {
    let chars: Vec<char> = src.chars().collect();
    let mut i = 0;
    let mut out = Vec::new();
    while i < chars.len() {
        let c = chars[i];
        match c {
            ' ' => {
                i += 1;
                continue;
            }
            '+' => out.push(Token::Plus),
            '-' => out.push(Token::Minus),
            '*' => out.push(Token::Star),
            '/' => out.push(Token::Slash),
            '^' => out.push(Token::Caret),
            '(' => out.push(Token::LParen),
            ')' => out.push(Token::RParen),
            d if d.is_ascii_digit() || d == '.' => {
                let start = i;
                while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                    i += 1;
                }
                let s: String = chars[start..i].iter().collect();
                out.push(Token::Num(s.parse().unwrap()));
                continue;
            }
            other => return Err(ParseError::UnexpectedChar(other, i)),
        }
        i += 1;
    }
    Ok(out)
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos)
    }

    fn next(&mut self) -> Option<Token> {
        let t = self.tokens.get(self.pos).cloned();
        self.pos += 1;
        t
    }

    fn expr(&mut self) -> Result<Expr, ParseError> {
        let mut lhs = self.term()?;
        while let Some(tok) = self.peek() {
            let op = match tok {
                Token::Plus => Op::Add,
                Token::Minus => Op::Sub,
                _ => break,
            };
            self.next();
            let rhs = self.term()?;
            lhs = Expr::Bin(op, Box::new(lhs), Box::new(rhs));
        }
        Ok(lhs)
    }

    fn term(&mut self) -> Result<Expr, ParseError> {
        let mut lhs = self.factor()?;
        loop {
            let op = match self.peek() {
                Some(Token::Star) => Op::Mul,
                Some(Token::Slash) => Op::Div,
                _ => break,
            };
            self.next();
            let rhs = self.factor()?;
            lhs = Expr::Bin(op, Box::new(lhs), Box::new(rhs));
        }
        Ok(lhs)
    }

    fn factor(&mut self) -> Result<Expr, ParseError> {
        let base = self.unary()?;
        if let Some(Token::Caret) = self.peek() {
            self.next();
            let exp = self.factor()?;
            return Ok(Expr::Bin(Op::Pow, Box::new(base), Box::new(exp)));
        }
        Ok(base)
    }

    fn unary(&mut self) -> Result<Expr, ParseError> {
        match self.next() {
            Some(Token::Minus) => Ok(Expr::Neg(Box::new(self.unary()?))),
            Some(Token::Num(n)) => Ok(Expr::Num(n)),
            Some(Token::LParen) => {
                let e = self.expr()?;
                match self.next() {
                    Some(Token::RParen) => Ok(e),
                    Some(t) => Err(ParseError::UnexpectedToken(t)),
                    None => Err(ParseError::UnexpectedEnd),
                }
            }
            Some(t) => Err(ParseError::UnexpectedToken(t)),
            None => Err(ParseError::UnexpectedEnd),
        }
    }
}

fn eval(e: &Expr) -> Result<f64, ParseError> {
    Ok(match e {
        Expr::Num(n) => *n,
        Expr::Neg(inner) => -eval(inner)?,
        Expr::Bin(op, l, r) => {
            let (a, b) = (eval(l)?, eval(r)?);
            match op {
                Op::Add => a + b,
                Op::Sub => a - b,
                Op::Mul => a * b,
                Op::Div if b == 0.0 => return Err(ParseError::DivByZero),
                Op::Div => a / b,
                Op::Pow => a.powf(b),
            }
        }
    })
}

fn count_nodes(e: &Expr) -> usize {
    match e {
        Expr::Num(_) => 1,
        Expr::Neg(x) => 1 + count_nodes(x),
        Expr::Bin(_, l, r) => 1 + count_nodes(l) + count_nodes(r),
    }
}

fn run(src: &str) -> Result<(String, f64, usize), ParseError> {
    let tokens = tokenize(src)?;
    let mut p = Parser { tokens, pos: 0 };
    let ast = p.expr()?;
    if let Some(t) = p.next() {
        return Err(ParseError::UnexpectedToken(t));
    }
    let v = eval(&ast)?;
    Ok((ast.to_string(), v, count_nodes(&ast)))
}

fn main() {
    let inputs = [
        "1 + 2 * 3",
        "(1 + 2) * 3",
        "2 ^ 3 ^ 2",
        "-4 + 10 / 4",
        "3.5 * (2 - 0.5)",
        "1 / (2 - 2)",
        "7 + $",
        "(1 + 2",
        "1 2",
        "--3 * -(2 + 1)",
    ];
    for src in inputs.iter() {
        match run(src) {
            Ok((ast, v, n)) => println!("{:<18} => {:<28} = {:>8.3} [{} nodes]", src, ast, v, n),
            Err(e) => println!("{:<18} => error: {}", src, e),
        }
    }
}
