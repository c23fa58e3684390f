// Hex, octal, binary and exponent formatting with `#` and `0`, over every
// integer width, negative values (two's complement) and `{:x?}`.
fn main() {
    println!("{:x} {:X} {:o} {:b}", 255u8, 255u8, 255u8, 255u8);
    println!("{:#x} {:#X} {:#o} {:#b}", 255u8, 255u8, 255u8, 255u8);
    println!("{:#010x} {:010X} {:#06o} {:#012b}", 3054i32, 3054i32, 8, 5);
    println!("{:x} {:x} {:x} {:x}", -1i8, -1i16, -1i32, -1i64);
    println!("{:b} {:o} {:X}", -2i8, i32::MIN, i128::MIN);
    println!("{:x} {:#b}", u128::MAX, u64::MAX);
    println!("{:>#8x}|{:<#8x}|{:^#8x}|{:*>8b}", 10, 10, 10, 5);
    println!("{:x?} {:X?} {:#x?} {:#X?}", 255, [10, 11], (12, 13), Some(254));
    println!("{:e} {:E} {:e} {:e}", 1234, 1200, 0, -5);
    println!("{:.2e} {:.0e} {:.3e} {:e}", 123456, 15, 7, u64::MAX);
    println!("{:e} {:E} {:.2e} {:.1E}", 1234.5, 0.00012, 9.999, -1e300);
    println!("{:12e}|{:<12e}|{:+e}|{:012e}", 1.5, 1.5, 1.5, -1.5);
    println!("{:e} {:e} {:e}", f64::NAN, f64::INFINITY, -0.0);
    println!("{:e} {:e} {:.3e}", 1.0f32, 0.1f32, f32::MAX);
    println!("{:+x} {:+#o}", 7, 7);
}
