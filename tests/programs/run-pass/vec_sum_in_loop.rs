fn main() {
    let mut v = Vec::new();
    for i in 1..=100 {
        v.push(i * i);
    }
    let mut sum: u64 = 0;
    let mut i = 0;
    while i < v.len() {
        sum += v[i] as u64;
        i += 1;
    }
    println!("sum of squares 1..=100 = {}", sum);
    let mut evens = 0;
    for j in 0..v.len() {
        if v[j] % 2 == 0 {
            evens += 1;
        }
    }
    println!("even squares: {}", evens);
    let mut max = v[0];
    for j in 1..v.len() {
        if v[j] > max {
            max = v[j];
        }
    }
    println!("max {}", max);
}
