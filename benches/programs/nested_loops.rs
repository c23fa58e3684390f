// Integer kernel: nested loops with wrapping arithmetic, shifts and branches (~50M basic ops).

fn kernel(rows: u32, cols: u32, seed: u64) -> u64 {
    let mut acc: u64 = seed;
    let mut i: u32 = 0;
    while i < rows {
        let mut j: u32 = 0;
        let mut row_acc: u64 = i as u64;
        while j < cols {
            let x = (i as u64).wrapping_mul(2654435761) ^ (j as u64);
            row_acc = row_acc.wrapping_mul(31).wrapping_add(x);
            if row_acc & 7 == 3 {
                row_acc ^= row_acc >> 13;
            }
            j += 1;
        }
        acc = acc.wrapping_add(row_acc);
        acc = (acc << 7) | (acc >> 57);
        i += 1;
    }
    acc
}

fn main() {
    let mut total: u64 = 0;
    for round in 0..4u64 {
        let r = kernel(1000, 1000, round);
        println!("round {}: {:#018x}", round, r);
        total ^= r;
    }
    println!("checksum {}", total);
}
