// `as` casts between every integer width: truncation, sign extension, reinterpretation.

fn from_i64(v: i64) {
    println!("{:>22} -> i8 {:>4} u8 {:>3} i16 {:>6} u16 {:>5} i32 {:>11} u32 {:>10} u64 {:>20} isize {:>20}",
        v, v as i8, v as u8, v as i16, v as u16, v as i32, v as u32, v as u64, v as isize);
}

fn from_u8(v: u8) {
    println!("u8 {:>3} -> i8 {:>4} i16 {:>4} u16 {:>3} i32 {:>4} i64 {:>4} i128 {:>4} usize {:>3} char {:?}",
        v, v as i8, v as i16, v as u16, v as i32, v as i64, v as i128, v as usize, v as char);
}

fn widen_signed(v: i8) {
    println!("i8 {:>4} -> u16 {:>5} u32 {:>10} u64 {:>20} u128 {:>39}", v, v as u16, v as u32, v as u64, v as u128);
}

fn chain(v: i32) -> i32 {
    // i32 -> u8 -> i8 -> i32 round trip
    ((v as u8) as i8) as i32
}

fn main() {
    let samples: [i64; 9] = [0, 1, -1, 127, 128, 255, 256, -129, 0x1234_5678_9abc_def0];
    for i in 0..samples.len() {
        from_i64(samples[i]);
    }
    from_i64(i64::MIN);
    from_i64(i64::MAX);
    let bytes: [u8; 6] = [0, 65, 127, 128, 200, 255];
    for i in 0..bytes.len() {
        from_u8(bytes[i]);
    }
    let negs: [i8; 4] = [-1, -2, -128, 5];
    for i in 0..negs.len() {
        widen_signed(negs[i]);
    }
    for v in 250..260 {
        print!("{} ", chain(v));
    }
    println!();
    let big: u128 = u128::MAX - 5;
    println!("{} {} {} {}", big as u64, big as i64, big as i128, big as u16);
    let u: usize = usize::MAX;
    println!("{} {} {}", u as i32, u as isize, u as u32);
    let isz: isize = -3;
    println!("{} {}", isz as usize, isz as u8);
    println!("{} {}", true as u8, false as i32);
    println!("{} {}", (true as i64) - 1, 'A' as u8 + 2);
}
