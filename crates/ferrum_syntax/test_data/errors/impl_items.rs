struct S;
impl S {
    fn a(&self) -> i32 { 1 }
    5
    fn b(&self) {}
    let x = 3;
}
trait T {
    fn c(&self) + 1;
    fn d(&self);
}
fn ok() {}
