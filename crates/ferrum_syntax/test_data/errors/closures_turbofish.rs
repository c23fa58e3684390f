fn main() {
    let v = vec![1, 2, 3];
    let w = v.iter().map(|x| x * ).collect::<Vec<_>>();
    let q = v.iter().map(|x| x * 2).collect::<Vec<_>();
}
fn k() { }
impl Foo for {
    fn a() {}
}
fn last() {}
