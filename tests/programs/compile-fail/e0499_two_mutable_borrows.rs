// Two simultaneous mutable borrows of the same variable.

fn swap_into(a: &mut i32, b: &mut i32) {
    let t = *a;
    *a = *b;
    *b = t;
}

fn main() {
    let mut x = 1;
    let first = &mut x;
    let second = &mut x; //~ ERROR E0499
    swap_into(first, second);
    println!("{}", x);
}
