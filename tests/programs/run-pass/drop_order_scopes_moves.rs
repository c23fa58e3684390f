struct Noisy { name: &'static str }
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.name); }
}
struct Pair { a: Noisy, b: Noisy }
fn make(n: &'static str) -> Noisy { Noisy { name: n } }
fn main() {
    let _x = make("x");
    {
        let _y = make("y");
        println!("inner");
    }
    let p = Pair { a: make("pa"), b: make("pb") };
    let moved = p.a;
    println!("moved {}", moved.name);
    let mut r = make("r1");
    r = make("r2");
    std::mem::drop(r);
    println!("end");
}
