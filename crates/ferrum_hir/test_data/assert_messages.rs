// `assert!` messages print the condition as rustc's pretty printer does.
fn f(a: i32, b: i32) -> bool {
    a < b
}
fn main() {
    let v = [1];
    let x = 3;
    let y = 4;
    let t = (1, 2);
    let r = &x;
    let done = true;
    let o: Option<i32> = None;
    assert!(v.len()>5);
    assert!(x<y && f(y,x));
    assert!(!done);
    assert!(matches!(o, Some(_)));
    assert!(x as i32 > 5);
    assert!((x+y)*2==3);
    assert!(x == -1);
    assert!(t.0 == 2);
    assert!(*r == 2);
    assert!(x.pow(2) == 1_000);
    assert!(o.is_some() || [1, 2].len() == 3);
    assert!(x == 3 && y == 4 && 'a' == 'b');
    assert!(-x > 0);
    assert!(u8::MAX == 0);
    assert!(Some(3).unwrap_or(0)==9, );
}
