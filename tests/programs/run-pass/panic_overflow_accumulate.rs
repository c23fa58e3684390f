fn checksum(data: &[u8]) -> u8 {
    let mut sum: u8 = 0;
    for (i, &b) in data.iter().enumerate() {
        println!("step {}: {} + {}", i, sum, b);
        sum += b;
    }
    sum
}

fn main() {
    let small = [1u8, 2, 3, 4];
    println!("small checksum = {}", checksum(&small));
    let wrapped = small.iter().fold(250u8, |a, &b| a.wrapping_add(b));
    println!("wrapped = {}", wrapped);
    let big = [100u8, 100, 60];
    println!("big checksum = {}", checksum(&big));
}
