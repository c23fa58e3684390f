// Returning a reference to a local variable or a by-value parameter.

fn pick<'a>(v: &'a Vec<i32>) -> &'a i32 {
    let x = 5;
    if v.is_empty() {
        return &x; //~ ERROR E0515
    }
    &v[0]
}

fn param(x: i32) -> &'static i32 {
    &x //~ ERROR E0515
}

fn fine<'a>(v: &'a [i32]) -> &'a i32 {
    let r = &v[0];
    r
}

fn main() {
    println!("{} {} {}", pick(&vec![1]), param(2), fine(&[3]));
}
