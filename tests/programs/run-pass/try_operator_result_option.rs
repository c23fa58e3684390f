// The `?` operator on Result (with From conversion of the error) and Option.
#[derive(Debug)]
enum MyErr { Neg(i32), Big }
impl From<std::num::ParseIntError> for MyErr { fn from(_: std::num::ParseIntError) -> Self { MyErr::Big } }
fn check(x: i32) -> Result<i32, MyErr> { if x < 0 { Err(MyErr::Neg(x)) } else if x > 100 { Err(MyErr::Big) } else { Ok(x) } }
fn sum(a: i32, b: i32) -> Result<i32, MyErr> { let a = check(a)?; let b = check(b)?; Ok(a + b) }
fn first_even(v: &[i32]) -> Option<i32> { let f = v.first()?; if f % 2 == 0 { Some(*f) } else { None } }
fn parse_add(s: &str) -> Result<i32, MyErr> { let n: i32 = s.parse()?; Ok(n + 1) }
fn main() {
    match sum(1, 2) { Ok(v) => println!("ok {}", v), Err(_) => println!("err") }
    match sum(-1, 2) { Ok(v) => println!("ok {}", v), Err(MyErr::Neg(n)) => println!("neg {}", n), Err(MyErr::Big) => println!("big") }
    println!("{} {} {}", first_even(&[2, 3]).unwrap_or(-1), first_even(&[3]).unwrap_or(-1), first_even(&[]).unwrap_or(-1));
    match parse_add("41") { Ok(v) => println!("parsed {}", v), Err(_) => println!("bad") }
    match parse_add("x") { Ok(v) => println!("parsed {}", v), Err(_) => println!("bad") }
}
