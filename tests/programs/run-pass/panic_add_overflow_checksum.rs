// A byte checksum accumulated in a u8 without wrapping: overflows at runtime and panics.

fn checksum(data: &[u8]) -> u8 {
    let mut sum: u8 = 0;
    for i in 0..data.len() {
        println!("  adding {:>3} to {:>3}", data[i], sum);
        sum += data[i];
    }
    sum
}

fn wrapping_checksum(data: &[u8]) -> u8 {
    let mut sum: u8 = 0;
    for i in 0..data.len() {
        sum = sum.wrapping_add(data[i]);
    }
    sum
}

fn main() {
    let small = [1, 2, 3, 4, 5];
    println!("small checksum = {}", checksum(&small));
    let packet = [40, 60, 80, 100, 20];
    println!("wrapping checksum = {}", wrapping_checksum(&packet));
    println!("checked checksum:");
    let c = checksum(&packet);
    println!("unreachable: {}", c);
}
