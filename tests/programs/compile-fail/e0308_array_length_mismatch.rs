// Array lengths are part of the type, also when they are const generic
// arguments.
fn sum<const N: usize>(xs: [i32; N]) -> i32 {
    xs.iter().sum()
}

fn main() {
    let a: [i32; 3] = [1, 2]; //~ ERROR E0308
    let b = sum::<3>([1, 2]); //~ ERROR E0308
    println!("{:?} {}", a, b);
}
