// A let binding whose annotation disagrees with its initialiser.

fn main() {
    let name: &str = "sensor";
    let count: u32 = 5;
    let ratio: f64 = count; //~ ERROR E0308
    println!("{} {} {}", name, count, ratio);
}
