// Taking a sub-slice whose end lies beyond the array panics with a range message.

fn print_chunk(data: &[u16], from: usize, to: usize) {
    let chunk = &data[from..to];
    print!("chunk {}..{}:", from, to);
    for i in 0..chunk.len() {
        print!(" {}", chunk[i]);
    }
    println!();
}

fn main() {
    let samples: [u16; 10] = [100, 101, 103, 106, 110, 115, 121, 128, 136, 145];
    let mut at = 0;
    let step = 4;
    while at < 12 {
        print_chunk(&samples, at, at + step);
        at += step;
    }
}
