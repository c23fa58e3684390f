// Type inference for a tiny expression language: let, lambdas with
// annotations, if, application; environments as persistent Rc lists.
use std::fmt;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
enum Type {
    Int,
    Bool,
    Fun(Box<Type>, Box<Type>),
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Type::Int => write!(f, "int"),
            Type::Bool => write!(f, "bool"),
            Type::Fun(a, b) if matches!(**a, Type::Fun(..)) => write!(f, "({}) -> {}", a, b),
            Type::Fun(a, b) => write!(f, "{} -> {}", a, b),
        }
    }
}

enum Expr {
    Int(i64),
    Bool(bool),
    Var(&'static str),
    Add(Box<Expr>, Box<Expr>),
    Less(Box<Expr>, Box<Expr>),
    If(Box<Expr>, Box<Expr>, Box<Expr>),
    Let(&'static str, Box<Expr>, Box<Expr>),
    Lambda(&'static str, Type, Box<Expr>),
    App(Box<Expr>, Box<Expr>),
}

enum Env {
    Empty,
    Bind(&'static str, Type, Rc<Env>),
}

fn lookup(env: &Rc<Env>, name: &str) -> Option<Type> {
    let mut cur = env;
    loop {
        match &**cur {
            Env::Empty => return None,
            Env::Bind(n, t, rest) => {
                if *n == name {
                    return Some(t.clone());
                }
                cur = rest;
            }
        }
    }
}

#[derive(Debug)]
enum TypeError {
    Unbound(String),
    Mismatch { expected: Type, found: Type, context: &'static str },
    NotAFunction(Type),
}

impl fmt::Display for TypeError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            TypeError::Unbound(n) => write!(f, "unbound variable `{}`", n),
            TypeError::Mismatch { expected, found, context } => {
                write!(f, "{}: expected {}, found {}", context, expected, found)
            }
            TypeError::NotAFunction(t) => write!(f, "cannot call a value of type {}", t),
        }
    }
}

fn expect(expected: Type, found: Type, context: &'static str) -> Result<(), TypeError> {
    if expected == found {
        Ok(())
    } else {
        Err(TypeError::Mismatch { expected, found, context })
    }
}

fn check(e: &Expr, env: &Rc<Env>) -> Result<Type, TypeError> {
    Ok(match e {
        Expr::Int(_) => Type::Int,
        Expr::Bool(_) => Type::Bool,
        Expr::Var(n) => lookup(env, n).ok_or_else(|| TypeError::Unbound(n.to_string()))?,
        Expr::Add(a, b) => {
            expect(Type::Int, check(a, env)?, "left of +")?;
            expect(Type::Int, check(b, env)?, "right of +")?;
            Type::Int
        }
        Expr::Less(a, b) => {
            expect(Type::Int, check(a, env)?, "left of <")?;
            expect(Type::Int, check(b, env)?, "right of <")?;
            Type::Bool
        }
        Expr::If(c, t, f) => {
            expect(Type::Bool, check(c, env)?, "if condition")?;
            let tt = check(t, env)?;
            expect(tt.clone(), check(f, env)?, "else branch")?;
            tt
        }
        Expr::Let(n, v, body) => {
            let vt = check(v, env)?;
            check(body, &Rc::new(Env::Bind(n, vt, Rc::clone(env))))?
        }
        Expr::Lambda(n, t, body) => {
            let inner = Rc::new(Env::Bind(n, t.clone(), env.clone()));
            Type::Fun(Box::new(t.clone()), Box::new(check(body, &inner)?))
        }
        Expr::App(f, x) => match check(f, env)? {
            Type::Fun(param, ret) => {
                expect(*param, check(x, env)?, "argument")?;
                *ret
            }
            other => return Err(TypeError::NotAFunction(other)),
        },
    })
}

fn b(e: Expr) -> Box<Expr> {
    Box::new(e)
}

fn main() {
    use Expr::*;
    let fun = |a: Type, r: Type| Type::Fun(Box::new(a), Box::new(r));
    let programs: Vec<(&str, Expr)> = vec![
        ("literal", Add(b(Int(1)), b(Int(2)))),
        ("let", Let("x", b(Int(5)), b(Less(b(Var("x")), b(Int(10)))))),
        ("lambda", Lambda("n", Type::Int, b(Add(b(Var("n")), b(Int(1)))))),
        ("apply", App(b(Lambda("n", Type::Int, b(Add(b(Var("n")), b(Var("n")))))), b(Int(21)))),
        (
            "higher order",
            Lambda("f", fun(Type::Int, Type::Bool), b(If(b(App(b(Var("f")), b(Int(0)))), b(Int(1)), b(Int(2))))),
        ),
        ("curried", Lambda("a", Type::Int, b(Lambda("b", Type::Int, b(Less(b(Var("a")), b(Var("b")))))))),
        ("unbound", Add(b(Var("y")), b(Int(1)))),
        ("bad if", If(b(Int(1)), b(Int(2)), b(Int(3)))),
        ("branches", If(b(Bool(true)), b(Int(2)), b(Bool(false)))),
        ("not fn", App(b(Int(3)), b(Int(4)))),
        ("bad arg", App(b(Lambda("p", Type::Bool, b(Var("p")))), b(Int(4)))),
        ("shadow", Let("x", b(Bool(true)), b(Let("x", b(Int(1)), b(Add(b(Var("x")), b(Var("x")))))))),
    ];
    let empty = Rc::new(Env::Empty);
    for (name, e) in &programs {
        match check(e, &empty) {
            Ok(t) => println!("{:>13}: {}", name, t),
            Err(err) => println!("{:>13}: error: {}", name, err),
        }
    }
    println!("env strong count after checking: {}", Rc::strong_count(&empty));
}
