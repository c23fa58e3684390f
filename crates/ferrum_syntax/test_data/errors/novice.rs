struct S { a: i32; b: i32 }

fn main() {
    let mut x = 5;
    x++;
    ++x;
    x--;
    let y == 5;
    if x > 1 { } else if { }
    let z = +1;
}
