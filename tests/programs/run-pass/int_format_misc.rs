// Less common integer formatting: precision on integers, {:e} on integers, Debug of ints, i128 widths.

fn main() {
    let values: [i64; 6] = [0, 5, -7, 1234, -98765, 1_000_000];
    for i in 0..values.len() {
        let v = values[i];
        println!("[{:08.3}] [{:e}] [{:E}] [{:.2e}] [{:10.3}] [{:?}] [{:5?}] [{:<+8?}]", v, v, v, v, v, v, v, v);
    }
    let u: u64 = 18_000_000_000_000_000_000;
    println!("{:e} {:.3e} {:015e}", u, u, 42u8);
    println!("{:e} {:e}", i128::MAX, u128::MAX);
    println!("{:>45}|", i128::MIN);
    println!("{:<45}|", u128::MAX);
    println!("{:^+45}|", i128::MAX);
    println!("{:#x} {:#o} {:#b}", i128::MIN, u128::MAX, 1u128 << 100);
    println!("{:#?}", 42);
    println!("{:#?}", (-1i8, 255u8));
    let n: isize = -42;
    let m: usize = 42;
    println!("{} {:x} {:#b} {} {:o}", n, n, m, isize::MAX, usize::MAX);
    let widths = [1, 3, 6, 9];
    for i in 0..widths.len() {
        let w = widths[i];
        println!("[{:w$}] [{:<w$}] [{:^w$}] [{:0w$}]", -12, -12, -12, -12, w = w);
    }
    println!("[{:+05}] [{:+5}] [{:<+5}] [{:^+7}]", 3, 3, 3, 3);
    println!("[{:#06b}] [{:#4x}] [{:#010o}]", 5, 255, 8);
    println!("{0:x}{0:X}{0:o}{0:b}{0}", 10);
}
