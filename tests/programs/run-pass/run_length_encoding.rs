// Run-length encoding and decoding of byte arrays into (count, byte) pairs.

const MAX: usize = 64;

struct Encoded {
    runs: [(u8, u8); MAX],
    len: usize,
}

fn encode(data: &[u8]) -> Encoded {
    let mut e = Encoded { runs: [(0, 0); MAX], len: 0 };
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        let mut n: u8 = 1;
        while i + (n as usize) < data.len() && data[i + n as usize] == b && n < 255 {
            n += 1;
        }
        e.runs[e.len] = (n, b);
        e.len += 1;
        i += n as usize;
    }
    e
}

fn decode(e: &Encoded, out: &mut [u8; MAX]) -> usize {
    let mut k = 0;
    for r in 0..e.len {
        let (n, b) = e.runs[r];
        for _ in 0..n {
            out[k] = b;
            k += 1;
        }
    }
    k
}

fn show(data: &[u8]) {
    for i in 0..data.len() {
        print!("{}", data[i] as char);
    }
}

fn main() {
    let inputs: [&[u8]; 4] = [
        &[65, 65, 65, 66, 66, 67, 68, 68, 68, 68, 65],
        &[120],
        &[],
        &[46, 46, 46, 46, 46, 46, 46, 46, 35, 46, 46, 46, 46, 46, 46, 46, 46],
    ];
    for t in 0..inputs.len() {
        let data = inputs[t];
        let e = encode(data);
        print!("\"");
        show(data);
        print!("\" -> ");
        for r in 0..e.len {
            print!("{}{}", e.runs[r].0, e.runs[r].1 as char);
        }
        let mut out = [0u8; MAX];
        let n = decode(&e, &mut out);
        let mut same = n == data.len();
        for i in 0..n.min(data.len()) {
            if out[i] != data[i] {
                same = false;
            }
        }
        println!(" ({} runs, roundtrip {})", e.len, same);
    }
}
