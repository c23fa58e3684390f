// Reassigning immutable bindings.

fn main() {
    let total = 0;
    for i in 1..=10 {
        total += i; //~ ERROR E0384
    }
    let (a, b) = (1, 2);
    a = b; //~ ERROR E0384
    println!("{} {}", total, a);
}
