fn main() {
    a b;
    foo(a b);
    let (c, = 5);
    x.;
    1 < 2 < 3;
}
