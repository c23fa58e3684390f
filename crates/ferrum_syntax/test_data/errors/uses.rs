use a::b::{c d};
use a::;
fn main() { let a = |x y| x; }
fn h() { x as; }
