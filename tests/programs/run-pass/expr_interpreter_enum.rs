// An expression interpreter: enum nodes stored in a fixed arena and referenced by index.

enum Expr {
    Num(i64),
    Var(usize),
    Neg(usize),
    Add(usize, usize),
    Sub(usize, usize),
    Mul(usize, usize),
    Div(usize, usize),
    Let { slot: usize, value: usize, body: usize },
    If { cond: usize, then: usize, otherwise: usize },
}

enum Outcome {
    Value(i64),
    DivByZero,
    Unbound(usize),
}

struct Env {
    values: [i64; 4],
    bound: [bool; 4],
}

struct Arena {
    nodes: [Expr; 16],
    len: usize,
}

impl Arena {
    fn new() -> Arena {
        Arena {
            nodes: [
                Expr::Num(0), Expr::Num(0), Expr::Num(0), Expr::Num(0), Expr::Num(0), Expr::Num(0), Expr::Num(0), Expr::Num(0),
                Expr::Num(0), Expr::Num(0), Expr::Num(0), Expr::Num(0), Expr::Num(0), Expr::Num(0), Expr::Num(0), Expr::Num(0),
            ],
            len: 0,
        }
    }

    fn add(&mut self, e: Expr) -> usize {
        self.nodes[self.len] = e;
        self.len += 1;
        self.len - 1
    }

    fn eval(&self, id: usize, env: &mut Env) -> Outcome {
        match &self.nodes[id] {
            Expr::Num(n) => Outcome::Value(*n),
            Expr::Var(slot) => {
                if env.bound[*slot] { Outcome::Value(env.values[*slot]) } else { Outcome::Unbound(*slot) }
            }
            Expr::Neg(a) => match self.eval(*a, env) {
                Outcome::Value(v) => Outcome::Value(-v),
                other => other,
            },
            Expr::Add(a, b) | Expr::Sub(a, b) | Expr::Mul(a, b) | Expr::Div(a, b) => {
                let x = match self.eval(*a, env) {
                    Outcome::Value(v) => v,
                    other => return other,
                };
                let y = match self.eval(*b, env) {
                    Outcome::Value(v) => v,
                    other => return other,
                };
                match &self.nodes[id] {
                    Expr::Add(..) => Outcome::Value(x + y),
                    Expr::Sub(..) => Outcome::Value(x - y),
                    Expr::Mul(..) => Outcome::Value(x * y),
                    _ if y == 0 => Outcome::DivByZero,
                    _ => Outcome::Value(x / y),
                }
            }
            Expr::Let { slot, value, body } => {
                let v = match self.eval(*value, env) {
                    Outcome::Value(v) => v,
                    other => return other,
                };
                let saved = (env.values[*slot], env.bound[*slot]);
                env.values[*slot] = v;
                env.bound[*slot] = true;
                let r = self.eval(*body, env);
                env.values[*slot] = saved.0;
                env.bound[*slot] = saved.1;
                r
            }
            Expr::If { cond, then, otherwise } => match self.eval(*cond, env) {
                Outcome::Value(0) => self.eval(*otherwise, env),
                Outcome::Value(_) => self.eval(*then, env),
                other => other,
            },
        }
    }

    fn show(&self, id: usize) {
        match &self.nodes[id] {
            Expr::Num(n) if *n < 0 => print!("({})", n),
            Expr::Num(n) => print!("{}", n),
            Expr::Var(s) => print!("v{}", s),
            Expr::Neg(a) => { print!("-"); self.show(*a); }
            Expr::Add(a, b) | Expr::Sub(a, b) | Expr::Mul(a, b) | Expr::Div(a, b) => {
                let op = match &self.nodes[id] {
                    Expr::Add(..) => '+',
                    Expr::Sub(..) => '-',
                    Expr::Mul(..) => '*',
                    _ => '/',
                };
                print!("(");
                self.show(*a);
                print!(" {} ", op);
                self.show(*b);
                print!(")");
            }
            Expr::Let { slot, value, body } => {
                print!("let v{} = ", slot);
                self.show(*value);
                print!(" in ");
                self.show(*body);
            }
            Expr::If { cond, then, otherwise } => {
                print!("if ");
                self.show(*cond);
                print!(" then ");
                self.show(*then);
                print!(" else ");
                self.show(*otherwise);
            }
        }
    }
}

fn report(arena: &Arena, root: usize) {
    let mut env = Env { values: [0; 4], bound: [false; 4] };
    arena.show(root);
    match arena.eval(root, &mut env) {
        Outcome::Value(v) => println!("  =>  {}", v),
        Outcome::DivByZero => println!("  =>  error: division by zero"),
        Outcome::Unbound(s) => println!("  =>  error: unbound v{}", s),
    }
}

fn main() {
    let mut a = Arena::new();
    let two = a.add(Expr::Num(2));
    let three = a.add(Expr::Num(3));
    let m7 = a.add(Expr::Num(-7));
    let sum = a.add(Expr::Add(two, three));
    let prod = a.add(Expr::Mul(sum, m7));
    report(&a, prod);
    let v0 = a.add(Expr::Var(0));
    let sq = a.add(Expr::Mul(v0, v0));
    let body = a.add(Expr::Sub(sq, v0));
    let let1 = a.add(Expr::Let { slot: 0, value: prod, body });
    report(&a, let1);
    report(&a, body);
    let zero = a.add(Expr::Num(0));
    let bad = a.add(Expr::Div(three, zero));
    report(&a, bad);
    let cond = a.add(Expr::If { cond: zero, then: bad, otherwise: sq });
    let outer = a.add(Expr::Let { slot: 0, value: m7, body: cond });
    report(&a, outer);
    let neg = a.add(Expr::Neg(outer));
    let div = a.add(Expr::Div(neg, two));
    report(&a, div);
    println!("arena holds {} nodes", a.len);
}
