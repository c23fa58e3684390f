fn main() {
    let a = 1 +;
    let b = (2, 3;);
    let c = [1, 2 3];
    foo(1,, 2);
    let d = S { x: 1, y = 2 };
    if a == { }
    let e = 5;
    let f = a.b.;
    g(|x| x + );
}
