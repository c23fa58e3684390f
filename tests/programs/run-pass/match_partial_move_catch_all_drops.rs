#[derive(Debug)]
struct Noisy(&'static str);
impl Drop for Noisy { fn drop(&mut self) { println!("drop {}", self.0); } }
#[derive(Debug)]
enum Tok { Pair(Noisy, Noisy), One(Noisy), Nothing }
fn get(i: u8) -> Option<Tok> {
    match i { 0 => Some(Tok::Pair(Noisy("a"), Noisy("b"))), 1 => Some(Tok::One(Noisy("c"))), 2 => Some(Tok::Nothing), _ => None }
}
fn f(i: u8) -> String {
    match get(i) {
        Some(Tok::Pair(first, _)) => format!("first {}", first.0),
        Some(Tok::One(x)) if x.0 == "zz" => String::from("never"),
        other => format!("other {:?}", other),
    }
}
// Matches that move a field out of the scrutinee in one arm and bind the
// whole of it in a catch-all arm: the scrutinee is dropped only in part.
fn main() {
    parser_main();
    for i in 0..4 { println!("{}", f(i)); }
    let v = vec![Some(Tok::Pair(Noisy("p"), Noisy("q")))];
    for t in v {
        if let Some(Tok::Pair(_, second)) = t {
            println!("kept {}", second.0);
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum PTok { Id(String), Num(i32), LParen }
#[derive(Debug)]
enum PExpr { Var(String), Call(String), Num(i32) }
struct P { toks: Vec<PTok>, pos: usize }
impl P {
    fn peek(&self) -> Option<&PTok> { self.toks.get(self.pos) }
    fn bump(&mut self) -> Option<PTok> { let t = self.toks.get(self.pos).cloned(); self.pos += 1; t }
    fn atom(&mut self) -> Result<PExpr, String> {
        match self.bump() {
            Some(PTok::Num(n)) => Ok(PExpr::Num(n)),
            Some(PTok::Id(name)) if self.peek() == Some(&PTok::LParen) => {
                self.bump();
                Ok(PExpr::Call(name))
            }
            Some(PTok::Id(name)) => Ok(PExpr::Var(name)),
            other => Err(format!("unexpected {:?}", other)),
        }
    }
}
fn parser_main() {
    let mut p = P { toks: vec![PTok::Id("x".into()), PTok::Id("f".into()), PTok::LParen, PTok::Num(1)], pos: 0 };
    for _ in 0..4 { println!("{:?}", p.atom()); }
}
