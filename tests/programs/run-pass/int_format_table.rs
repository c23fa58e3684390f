// Integer formatting: radixes, alternate forms, signs, fill/align, zero padding.

const VALUES: [i32; 8] = [0, 1, -1, 42, -42, 255, 65535, i32::MAX];

fn print_header() {
    println!("{:>12} | {:>10} | {:>12} | {:>14}", "dec", "hex", "oct", "alt-hex");
    println!("{:-<12}-+-{:-<10}-+-{:-<12}-+-{:-<14}", "", "", "", "");
}

fn print_row(v: i32) {
    println!("{:>12} | {:>10x} | {:>12o} | {:>#14X}", v, v, v, v);
}

fn binary_table() {
    let mut i: u8 = 0;
    while i < 8 {
        let v: u8 = 1u8 << i;
        println!("bit {} -> {:#010b} {:08b} {:#o} {:#x}", i, v, v, v, v);
        i += 1;
    }
}

fn signs_and_padding() {
    let samples: [i64; 5] = [0, 7, -7, 1234567, -1234567];
    for k in 0..samples.len() {
        let v = samples[k];
        println!("[{:+}] [{:+08}] [{:08}] [{:^9}] [{:*<7}] [{:>+6}] [{:<5}|]", v, v, v, v, v, v, v);
    }
}

fn unsigned_widths() {
    let a: u8 = 200;
    let b: u16 = 50000;
    let c: u32 = 4000000000;
    let d: u64 = 18000000000000000000;
    println!("{:x} {:X} {:#x} {:#X}", a, b, c, d);
    println!("{:o} {:#o} {:b}", a, b, a);
    println!("{:#066b}", d);
}

fn negative_radix() {
    // Negative numbers print in two's complement for the radix formats.
    let x: i8 = -1;
    let y: i16 = -2;
    let z: i32 = -256;
    let w: i64 = i64::MIN;
    println!("{:x} {:x} {:x} {:x}", x, y, z, w);
    println!("{:b} {:o} {:#X}", x, y, z);
}

fn main() {
    print_header();
    for i in 0..VALUES.len() {
        print_row(VALUES[i]);
    }
    binary_table();
    signs_and_padding();
    unsigned_widths();
    negative_radix();
    println!("{:5}|{:<5}|{:^5}|{:>5}|", 12, 12, 12, 12);
    println!("{:05}|{:<05}|{:^05}|{:>05}|", -12, -12, -12, -12);
    println!("{:#06x}|{:#6x}|{:<#6x}|{:^#8b}|", 26, 26, 26, 5);
    println!("{:_^11}|{:=>4}|{:.<6}", 314, 9, 1);
}
