// A misspelled local variable.

fn main() {
    let total_count = 10;
    let mut sum = 0;
    for i in 0..total_count {
        sum += i;
    }
    println!("average = {}", sum / total_cuont); //~ ERROR E0425
}
