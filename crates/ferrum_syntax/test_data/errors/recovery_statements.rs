fn main() {
    let x = 5 let y = 6;
    match x {
        1 => println!("one"),
        2 => { let z = ; }
        _ => (),
    }
    for in 0..10 {}
    while x < {}
    let s = S { a: 1, b };
    x = = 3;
}
fn g(a: i32 b: i32) {}
fn h() {}
