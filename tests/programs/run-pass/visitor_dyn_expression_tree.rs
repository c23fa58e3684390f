// Trait with generic method + dyn-safe split, iterator over trait objects
// with filter_map + downcast-free visitor pattern.
trait Visitor { fn num(&mut self, n: f64); fn op(&mut self, op: char, l: &Expr, r: &Expr); fn neg(&mut self, e: &Expr); }

enum Expr { Num(f64), Op(char, Box<Expr>, Box<Expr>), Neg(Box<Expr>) }

impl Expr {
    fn accept(&self, v: &mut dyn Visitor) {
        match self { Expr::Num(n) => v.num(*n), Expr::Op(c, l, r) => v.op(*c, l, r), Expr::Neg(e) => v.neg(e) }
    }
}

struct Eval(Vec<f64>);
impl Visitor for Eval {
    fn num(&mut self, n: f64) { self.0.push(n) }
    fn op(&mut self, op: char, l: &Expr, r: &Expr) {
        l.accept(self); r.accept(self);
        let (b, a) = (self.0.pop().unwrap(), self.0.pop().unwrap());
        self.0.push(match op { '+' => a + b, '-' => a - b, '*' => a * b, '/' => a / b, _ => f64::NAN });
    }
    fn neg(&mut self, e: &Expr) { e.accept(self); let v = self.0.pop().unwrap(); self.0.push(-v); }
}

struct Printer(String);
impl Visitor for Printer {
    fn num(&mut self, n: f64) { self.0 += &n.to_string() }
    fn op(&mut self, op: char, l: &Expr, r: &Expr) { self.0.push('('); l.accept(self); self.0 += &format!(" {} ", op); r.accept(self); self.0.push(')'); }
    fn neg(&mut self, e: &Expr) { self.0.push('-'); e.accept(self); }
}

#[derive(Default)]
struct Depth { cur: usize, max: usize, nodes: usize }
impl Visitor for Depth {
    fn num(&mut self, _: f64) { self.nodes += 1; self.max = self.max.max(self.cur + 1); }
    fn op(&mut self, _: char, l: &Expr, r: &Expr) { self.nodes += 1; self.cur += 1; l.accept(self); r.accept(self); self.cur -= 1; }
    fn neg(&mut self, e: &Expr) { self.nodes += 1; self.cur += 1; e.accept(self); self.cur -= 1; }
}

fn num(n: f64) -> Box<Expr> { Box::new(Expr::Num(n)) }

fn main() {
    let e = Expr::Op('+', num(1.5), Box::new(Expr::Op('*', Box::new(Expr::Neg(num(2.0))), Box::new(Expr::Op('/', num(9.0), num(4.0))))));
    let mut ev = Eval(Vec::new());
    e.accept(&mut ev);
    let mut pr = Printer(String::new());
    e.accept(&mut pr);
    let mut d = Depth::default();
    e.accept(&mut d);
    println!("{} = {:?} (depth {}, {} nodes)", pr.0, ev.0, d.max, d.nodes);
    let mut visitors: Vec<Box<dyn Visitor>> = vec![Box::new(Eval(vec![])), Box::new(Printer(String::new())), Box::new(Depth::default())];
    for v in visitors.iter_mut() { Expr::Neg(num(3.0)).accept(v.as_mut()); }
    println!("visited by {} visitors", visitors.len());
}
