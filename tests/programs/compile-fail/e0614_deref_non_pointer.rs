// Dereferencing a plain integer.

fn double(x: i32) -> i32 {
    *x * 2 //~ ERROR E0614
}

fn main() {
    let v = 21;
    let r = &v;
    println!("{} {}", double(v), *r);
}
