// A function whose tail expression has the wrong type.

fn is_even(n: i32) -> bool {
    n % 2 == 0
}

fn half(n: i32) -> i32 {
    if is_even(n) {
        return n / 2;
    }
    is_even(n + 1) //~ ERROR E0308
}

fn main() {
    println!("{}", half(7));
}
