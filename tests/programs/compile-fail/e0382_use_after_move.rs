// A non-Copy struct is moved into a function and then used again.

struct Buffer {
    data: [u8; 4],
    len: usize,
}

fn consume(b: Buffer) -> usize {
    b.len
}

fn main() {
    let b = Buffer { data: [1, 2, 3, 4], len: 4 };
    let n = consume(b);
    println!("{} {}", n, b.data[0]); //~ ERROR E0382
}
