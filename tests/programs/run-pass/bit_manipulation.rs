// Bit tricks with shifts and masks: popcount, parity, reversal, gray codes, bit sets.

fn popcount(mut x: u32) -> u32 {
    let mut n = 0;
    while x != 0 {
        x &= x - 1;
        n += 1;
    }
    n
}

fn parity(x: u64) -> u64 {
    let mut v = x;
    v ^= v >> 32;
    v ^= v >> 16;
    v ^= v >> 8;
    v ^= v >> 4;
    v ^= v >> 2;
    v ^= v >> 1;
    v & 1
}

fn reverse_bits(x: u16) -> u16 {
    let mut r: u16 = 0;
    for i in 0..16 {
        if x & (1 << i) != 0 {
            r |= 1 << (15 - i);
        }
    }
    r
}

fn gray(n: u8) -> u8 {
    n ^ (n >> 1)
}

fn gray_inverse(g: u8) -> u8 {
    let mut n = g;
    let mut shift = 1;
    while shift < 8 {
        n ^= n >> shift;
        shift <<= 1;
    }
    n
}

fn lowest_set(x: i32) -> i32 {
    x & x.wrapping_neg()
}

fn next_power_of_two(x: u32) -> u32 {
    let mut v = x - 1;
    v |= v >> 1;
    v |= v >> 2;
    v |= v >> 4;
    v |= v >> 8;
    v |= v >> 16;
    v + 1
}

fn main() {
    let samples: [u32; 6] = [0, 1, 0xFF, 0xF0F0, 0xDEADBEEF, u32::MAX];
    for i in 0..samples.len() {
        let s = samples[i];
        println!("{:#010x}: popcount={:>2} parity={} lowest={:#x}", s, popcount(s), parity(s as u64), lowest_set(s as i32));
    }
    println!("reverse {:016b} -> {:016b}", 0b1011_0000_0000_0001u16, reverse_bits(0b1011_0000_0000_0001));
    for n in 0..8u8 {
        let g = gray(n);
        println!("gray {} = {:03b} -> back {}", n, g, gray_inverse(g));
    }
    let tests: [u32; 5] = [1, 5, 16, 17, 1000];
    for i in 0..tests.len() {
        println!("next pow2 of {} = {}", tests[i], next_power_of_two(tests[i]));
    }
    // a 64-bit set of small primes
    let mut set: u64 = 0;
    let primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61];
    for i in 0..primes.len() {
        set |= 1u64 << primes[i];
    }
    print!("members:");
    for b in 0..64 {
        if (set >> b) & 1 == 1 {
            print!(" {}", b);
        }
    }
    println!();
    println!("set = {:#018x} size {}", set, popcount(set as u32) + popcount((set >> 32) as u32));
    let a: i32 = -16;
    println!("{} {} {} {}", a >> 2, (a as u32) >> 2, a << 3, !a);
    println!("{} {} {}", !0u8, !0i64, 0x0Fu8 ^ 0xFF);
    let x: u8 = 0b1100_1010;
    let rotl = (x << 3) | (x >> 5);
    let rotr = (x >> 3) | (x << 5);
    println!("rotl {:08b} rotr {:08b}", rotl, rotr);
    println!("{}", (1i128 << 100) | (1 << 3));
    println!("{} {}", true & false, true ^ true);
    println!("{} {}", true | false, !true);
}
