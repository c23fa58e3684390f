// Tokenizer + recursive-descent parser for a small language with
// let-bindings and functions, evaluated with an environment stack.
use std::collections::HashMap;
use std::fmt;
use std::iter::Peekable;
use std::str::Chars;

#[derive(Debug, Clone, PartialEq)]
enum Tok { Num(f64), Id(String), Op(char), LParen, RParen, Comma, Let, Eq, Fn, Arrow, Semi }

struct Lexer<'a> { chars: Peekable<Chars<'a>> }

impl<'a> Iterator for Lexer<'a> {
    type Item = Result<Tok, String>;
    fn next(&mut self) -> Option<Self::Item> {
        while self.chars.peek().map_or(false, |c| c.is_whitespace()) { self.chars.next(); }
        let c = self.chars.next()?;
        Some(Ok(match c {
            '0'..='9' | '.' => {
                let mut s = c.to_string();
                while let Some(&d) = self.chars.peek() {
                    if d.is_ascii_digit() || d == '.' { s.push(d); self.chars.next(); } else { break; }
                }
                match s.parse() { Ok(n) => Tok::Num(n), Err(_) => return Some(Err(format!("bad number {}", s))) }
            }
            'a'..='z' | 'A'..='Z' | '_' => {
                let mut s = c.to_string();
                while let Some(&d) = self.chars.peek() {
                    if d.is_alphanumeric() || d == '_' { s.push(d); self.chars.next(); } else { break; }
                }
                match s.as_str() { "let" => Tok::Let, "fn" => Tok::Fn, _ => Tok::Id(s) }
            }
            '=' if self.chars.peek() == Some(&'>') => { self.chars.next(); Tok::Arrow }
            '=' => Tok::Eq,
            '+' | '-' | '*' | '/' | '^' => Tok::Op(c),
            '(' => Tok::LParen, ')' => Tok::RParen, ',' => Tok::Comma, ';' => Tok::Semi,
            other => return Some(Err(format!("unexpected {:?}", other))),
        }))
    }
}

#[derive(Debug, Clone)]
enum Expr { Num(f64), Var(String), Bin(char, Box<Expr>, Box<Expr>), Neg(Box<Expr>), Call(String, Vec<Expr>) }

enum Stmt { Let(String, Expr), Def(String, Vec<String>, Expr), Print(Expr) }

struct Parser { toks: Vec<Tok>, pos: usize }

impl Parser {
    fn peek(&self) -> Option<&Tok> { self.toks.get(self.pos) }
    fn bump(&mut self) -> Option<Tok> { let t = self.toks.get(self.pos).cloned(); self.pos += 1; t }
    fn expect(&mut self, t: Tok) -> Result<(), String> {
        match self.bump() { Some(ref got) if *got == t => Ok(()), other => Err(format!("expected {:?}, got {:?}", t, other)) }
    }
    fn ident(&mut self) -> Result<String, String> {
        match self.bump() { Some(Tok::Id(s)) => Ok(s), other => Err(format!("expected identifier, got {:?}", other)) }
    }
    fn stmt(&mut self) -> Result<Stmt, String> {
        let s = match self.peek() {
            Some(Tok::Let) => { self.bump(); let n = self.ident()?; self.expect(Tok::Eq)?; Stmt::Let(n, self.expr(0)?) }
            Some(Tok::Fn) => {
                self.bump();
                let n = self.ident()?;
                self.expect(Tok::LParen)?;
                let mut params = vec![];
                while self.peek() != Some(&Tok::RParen) {
                    params.push(self.ident()?);
                    if self.peek() == Some(&Tok::Comma) { self.bump(); }
                }
                self.bump();
                self.expect(Tok::Arrow)?;
                Stmt::Def(n, params, self.expr(0)?)
            }
            _ => Stmt::Print(self.expr(0)?),
        };
        self.expect(Tok::Semi)?;
        Ok(s)
    }
    fn prec(op: char) -> (u8, bool) { match op { '+' | '-' => (1, false), '*' | '/' => (2, false), _ => (3, true) } }
    fn expr(&mut self, min: u8) -> Result<Expr, String> {
        let mut lhs = self.atom()?;
        while let Some(Tok::Op(op)) = self.peek().cloned() {
            let (p, right) = Self::prec(op);
            if p < min { break; }
            self.bump();
            let rhs = self.expr(if right { p } else { p + 1 })?;
            lhs = Expr::Bin(op, Box::new(lhs), Box::new(rhs));
        }
        Ok(lhs)
    }
    fn atom(&mut self) -> Result<Expr, String> {
        match self.bump() {
            Some(Tok::Num(n)) => Ok(Expr::Num(n)),
            Some(Tok::Op('-')) => Ok(Expr::Neg(Box::new(self.expr(3)?))),
            Some(Tok::LParen) => { let e = self.expr(0)?; self.expect(Tok::RParen)?; Ok(e) }
            Some(Tok::Id(name)) if self.peek() == Some(&Tok::LParen) => {
                self.bump();
                let mut args = vec![];
                while self.peek() != Some(&Tok::RParen) {
                    args.push(self.expr(0)?);
                    if self.peek() == Some(&Tok::Comma) { self.bump(); }
                }
                self.bump();
                Ok(Expr::Call(name, args))
            }
            Some(Tok::Id(name)) => Ok(Expr::Var(name)),
            other => Err(format!("unexpected token {:?}", other)),
        }
    }
}

#[derive(Default)]
struct Interp { globals: HashMap<String, f64>, funcs: HashMap<String, (Vec<String>, Expr)>, depth: usize }

#[derive(Debug)]
struct EvalError(String);
impl fmt::Display for EvalError { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "eval error: {}", self.0) } }

impl Interp {
    fn eval(&mut self, e: &Expr, locals: &HashMap<String, f64>) -> Result<f64, EvalError> {
        Ok(match e {
            Expr::Num(n) => *n,
            Expr::Var(v) => *locals.get(v).or_else(|| self.globals.get(v)).ok_or_else(|| EvalError(format!("unknown variable {}", v)))?,
            Expr::Neg(x) => -self.eval(x, locals)?,
            Expr::Bin(op, a, b) => {
                let (x, y) = (self.eval(a, locals)?, self.eval(b, locals)?);
                match op { '+' => x + y, '-' => x - y, '*' => x * y, '^' => x.powf(y),
                    _ => if y == 0.0 { return Err(EvalError("division by zero".into())) } else { x / y } }
            }
            Expr::Call(name, args) => {
                let vals = args.iter().map(|a| self.eval(a, locals)).collect::<Result<Vec<_>, _>>()?;
                if name == "max" { return vals.into_iter().reduce(f64::max).ok_or(EvalError("max of nothing".into())); }
                let (params, body) = self.funcs.get(name).cloned().ok_or_else(|| EvalError(format!("unknown function {}", name)))?;
                if params.len() != vals.len() { return Err(EvalError(format!("{} takes {} args, got {}", name, params.len(), vals.len()))); }
                if self.depth > 50 { return Err(EvalError("recursion too deep".into())); }
                self.depth += 1;
                let frame: HashMap<String, f64> = params.into_iter().zip(vals).collect();
                let r = self.eval(&body, &frame);
                self.depth -= 1;
                r?
            }
        })
    }
}

fn main() {
    let src = "let x = 2 ^ 3 ^ 2; x; fn sq(a) => a * a; fn hyp(a, b) => (sq(a) + sq(b)) ^ 0.5; hyp(3, 4);
               -x + 10 / 4; max(1, sq(3), -2); fn f(n) => f(n - 1); f(1); y + 1; 1 / (2 - 2); hyp(1); let z = 1.5.5;";
    let toks: Result<Vec<Tok>, String> = Lexer { chars: src.chars().peekable() }.collect();
    let toks = match toks { Ok(t) => t, Err(e) => { println!("lex error: {}", e); Lexer { chars: src[..src.len() - 15].chars().peekable() }.filter_map(Result::ok).collect() } };
    println!("{} tokens", toks.len());
    let mut p = Parser { toks, pos: 0 };
    let mut it = Interp::default();
    let empty = HashMap::new();
    while p.peek().is_some() {
        match p.stmt() {
            Ok(Stmt::Let(n, e)) => match it.eval(&e, &empty) { Ok(v) => { println!("{} = {}", n, v); it.globals.insert(n, v); } Err(err) => println!("{}", err) },
            Ok(Stmt::Def(n, ps, body)) => { println!("defined {}/{}", n, ps.len()); it.funcs.insert(n, (ps, body)); }
            Ok(Stmt::Print(e)) => match it.eval(&e, &empty) { Ok(v) => println!("{}", v), Err(err) => println!("{}", err) },
            Err(e) => { println!("parse error: {}", e); break; }
        }
    }
}
