// Mixing integer and float operands without a cast.

fn mean(values: &[i32]) -> f64 {
    let mut total = 0;
    for i in 0..values.len() {
        total += values[i];
    }
    total / values.len() as f64 //~ ERROR E0277
}

fn main() {
    let v = [1, 2, 3, 4];
    let offset: u64 = 3;
    let shifted = offset + 0.5; //~ ERROR E0277
    println!("{} {}", mean(&v), shifted);
}
