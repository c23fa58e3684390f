// A lexer over &str with lifetimes (tokens borrow the source), a precedence-climbing parser into a boxed AST, Display for the AST, and evaluation with Result errors.
use std::fmt;
use std::collections::HashMap;
#[derive(Debug, Clone, PartialEq)]
enum Tok<'a> { Num(f64), Ident(&'a str), Op(char), LParen, RParen }
struct Lexer<'a> { src: &'a str, pos: usize }
impl<'a> Lexer<'a> {
    fn new(src: &'a str) -> Self { Lexer { src, pos: 0 } }
    fn peek_char(&self) -> Option<char> { self.src[self.pos..].chars().next() }
}
impl<'a> Iterator for Lexer<'a> {
    type Item = Result<Tok<'a>, String>;
    fn next(&mut self) -> Option<Self::Item> {
        while let Some(c) = self.peek_char() { if c.is_whitespace() { self.pos += c.len_utf8(); } else { break; } }
        let c = self.peek_char()?;
        let start = self.pos;
        if c.is_ascii_digit() || c == '.' {
            while let Some(d) = self.peek_char() { if d.is_ascii_digit() || d == '.' { self.pos += 1; } else { break; } }
            return Some(self.src[start..self.pos].parse().map(Tok::Num).map_err(|e| format!("{e} at {start}")));
        }
        if c.is_alphabetic() {
            while let Some(d) = self.peek_char() { if d.is_alphanumeric() || d == '_' { self.pos += d.len_utf8(); } else { break; } }
            return Some(Ok(Tok::Ident(&self.src[start..self.pos])));
        }
        self.pos += c.len_utf8();
        Some(match c { '+' | '-' | '*' | '/' | '^' => Ok(Tok::Op(c)), '(' => Ok(Tok::LParen), ')' => Ok(Tok::RParen), other => Err(format!("unexpected {other:?} at {start}")) })
    }
}
#[derive(Debug)]
enum Expr { Num(f64), Var(String), Bin(Box<Expr>, char, Box<Expr>), Neg(Box<Expr>) }
impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self { Expr::Num(n) => write!(f, "{n}"), Expr::Var(v) => write!(f, "{v}"), Expr::Neg(e) => write!(f, "(-{e})"), Expr::Bin(a, o, b) => write!(f, "({a} {o} {b})") }
    }
}
struct Parser<'a> { toks: Vec<Tok<'a>>, i: usize }
impl<'a> Parser<'a> {
    fn peek(&self) -> Option<&Tok<'a>> { self.toks.get(self.i) }
    fn bump(&mut self) -> Option<Tok<'a>> { let t = self.toks.get(self.i).cloned(); self.i += 1; t }
    fn prec(op: char) -> (u8, bool) { match op { '+' | '-' => (1, false), '*' | '/' => (2, false), '^' => (3, true), _ => (0, false) } }
    fn expr(&mut self, min: u8) -> Result<Expr, String> {
        let mut lhs = self.atom()?;
        while let Some(Tok::Op(op)) = self.peek().cloned() {
            let (p, right) = Self::prec(op);
            if p < min { break; }
            self.bump();
            let rhs = self.expr(if right { p } else { p + 1 })?;
            lhs = Expr::Bin(Box::new(lhs), op, Box::new(rhs));
        }
        Ok(lhs)
    }
    fn atom(&mut self) -> Result<Expr, String> {
        match self.bump() {
            Some(Tok::Num(n)) => Ok(Expr::Num(n)),
            Some(Tok::Ident(s)) => Ok(Expr::Var(s.to_string())),
            Some(Tok::Op('-')) => Ok(Expr::Neg(Box::new(self.expr(3)?))),
            Some(Tok::LParen) => { let e = self.expr(0)?; match self.bump() { Some(Tok::RParen) => Ok(e), other => Err(format!("expected ')', got {other:?}")) } }
            other => Err(format!("unexpected token {other:?}")),
        }
    }
}
fn eval(e: &Expr, env: &HashMap<&str, f64>) -> Result<f64, String> {
    Ok(match e {
        Expr::Num(n) => *n,
        Expr::Var(v) => *env.get(v.as_str()).ok_or_else(|| format!("unknown variable {v}"))?,
        Expr::Neg(x) => -eval(x, env)?,
        Expr::Bin(a, op, b) => { let (x, y) = (eval(a, env)?, eval(b, env)?); match op { '+' => x + y, '-' => x - y, '*' => x * y, '/' => if y == 0.0 { return Err("division by zero".into()) } else { x / y }, '^' => x.powf(y), _ => unreachable!() } }
    })
}
fn run(src: &str, env: &HashMap<&str, f64>) -> Result<(String, f64), String> {
    let toks = Lexer::new(src).collect::<Result<Vec<_>, _>>()?;
    let mut p = Parser { toks, i: 0 };
    let e = p.expr(0)?;
    if p.i < p.toks.len() { return Err(format!("trailing input at token {}", p.i)); }
    let v = eval(&e, env)?;
    Ok((e.to_string(), v))
}
fn main() {
    let env: HashMap<&str, f64> = [("x", 2.0), ("pi", 3.14159)].into_iter().collect();
    for src in ["1 + 2 * 3", "2 ^ 3 ^ 2", "-(x + 1) * pi", "(1 + 2", "4 / (x - 2)", "y * 2", "3 $ 4", "1..2 + 1", "10 / 4 - -1"] {
        match run(src, &env) { Ok((shown, v)) => println!("{src:>14} => {shown} = {v:.4}"), Err(e) => println!("{src:>14} => error: {e}") }
    }
}
