// A histogram whose bucket index is computed from data; one value lands outside the array.

const BUCKETS: usize = 5;

fn bucket_of(v: u32) -> usize {
    (v / 20) as usize
}

fn print_histogram(hist: &[u32; BUCKETS]) {
    for b in 0..BUCKETS {
        print!("{:>3}-{:<3} ", b * 20, b * 20 + 19);
        for _ in 0..hist[b] {
            print!("#");
        }
        println!();
    }
}

fn main() {
    let values = [3, 18, 25, 47, 61, 79, 99, 42, 100, 12];
    let mut hist = [0u32; BUCKETS];
    for i in 0..values.len() {
        let b = bucket_of(values[i]);
        println!("value {:>3} -> bucket {}", values[i], b);
        if i == 5 {
            print_histogram(&hist);
        }
        hist[b] += 1;
    }
    println!("histogram {:?}", hist);
}
