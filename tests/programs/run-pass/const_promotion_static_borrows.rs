#[derive(Debug, Clone, Copy, PartialEq)]
enum Color { Red, Green, Blue }
#[derive(Debug)]
struct P { x: i32, y: i32 }
struct Noisy(i32);
impl Drop for Noisy { fn drop(&mut self) { println!("drop {}", self.0); } }
fn all() -> &'static [Color] { &[Color::Red, Color::Green, Color::Blue] }
fn origin() -> &'static P { &P { x: 0, y: 0 } }
fn some() -> &'static Option<i32> { &Some(5) }
fn names() -> &'static [&'static str] { &["x", "y"] }
fn pair() -> &'static (i32, bool) { &(-3, !false) }
fn main() {
    println!("{:?} {:?} {:?} {:?} {:?}", all(), origin(), some(), names(), pair());
    let r = &Noisy(1);
    println!("got {}", r.0);
    { let _x = &Noisy(2); }
    let mut v = [3, 1, 2];
    v.sort();
    let w = &mut [9, 8];
    w[0] = 1;
    println!("{:?} {:?}", v, w);
    for i in 0..2 { let a = &mut [0; 3]; a[i] = 7; println!("{:?}", a); }
    let xs: Vec<&[i32]> = (0..3).map(|_| &[1, 2][..]).collect();
    println!("{:?}", xs);
    second();
}

const XS: &[i32] = &[1, 2, 3];
static NAMES: &[&str] = &["a", "b"];

fn from_const() -> &'static [i32] {
    XS
}

#[allow(dead_code)]
fn second() {
    println!("{:?} {:?}", from_const(), NAMES);
}
