fn main() {
    let s = "  Hello, World! Hello again.  ";
    println!("{:?}", s.trim().split_terminator('.').collect::<Vec<_>>());
    println!("{:?} {:?}", s.trim().rsplit_once(' '), s.trim().split_once(", "));
    println!("{:?} {:?}", "xxabcxx".trim_start_matches('x'), "xxabcxx".trim_end_matches("xx"));
    println!("{:?} {:?}", "v1.2.3".strip_prefix('v'), "file.tar.gz".strip_suffix(".gz"));
    println!("{:?}", "a,b;c d".split(|c: char| c == ',' || c == ';' || c == ' ').collect::<Vec<_>>());
    println!("{:?}", "one  two   three".split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>());
    println!("{:?}", "line1\nline2\r\nline3\n".lines().collect::<Vec<_>>());
    let text = "abc→def";
    for (i, c) in text.char_indices().filter(|(_, c)| !c.is_ascii()) {
        println!("non-ascii {:?} at byte {} (len {})", c, i, c.len_utf8());
    }
    println!("{} {} {:?}", text.len(), text.chars().count(), text.find('→').map(|i| &text[i + 3..]));
    println!("{}", text.chars().rev().collect::<String>());
    println!("{:?}", text.bytes().take(4).collect::<Vec<u8>>());
    println!("{:?} {:?} {:?}", "Straße".to_uppercase(), "ΔΥΣ ÀÉÎ".to_lowercase(), "tschüß".len());
    println!("{:?} {:?}", "abc".cmp("abd"), "B".to_lowercase() < "a".to_string());
    let mut names = vec!["bob", "Alice", "carol", "Dave"];
    names.sort_by_key(|n| n.to_lowercase());
    println!("{:?}", names);
    names.sort();
    println!("{:?}", names);
    println!("{:?} {:?} {:?}", i64::from_str_radix("-ff", 16), u8::from_str_radix("101", 2), u32::from_str_radix("zz", 36));
    println!("{:?} {:?} {:?}", "256".parse::<u8>(), "-0".parse::<i32>(), "+7".parse::<i8>());
    println!("{:?} {:?} {:?}", "3.5e2".parse::<f64>(), "inf".parse::<f64>(), "1_000".parse::<i32>().is_err());
    println!("{} {} {} {}", 2u32.pow(10), 3i64.pow(20), 7u8.leading_zeros(), 0b1011_0000u8.trailing_zeros());
    println!("{} {} {}", 255u16.count_ones(), 0x1234u16.rotate_left(4), 0x1234u16.swap_bytes());
    println!("{:?} {:?} {:?}", 200u8.checked_add(100), 5u8.checked_sub(6), i32::MAX.checked_mul(2));
    println!("{} {} {}", 200u8.wrapping_add(100), 5u8.saturating_sub(6), i8::MIN.wrapping_abs());
    println!("{:?} {:?}", 100i8.overflowing_add(100), (-7i32).rem_euclid(3));
    println!("{} {} {}", (-7i32) / 2, (-7i32) % 2, (-7i32).div_euclid(2));
    println!("{} {} {}", 17u64.is_power_of_two(), 17u64.next_power_of_two(), u64::MAX.count_zeros());
    println!("{} {} {}", (2.0f64).powi(-2), (2.0f64).powf(0.5), 10f64.ln().exp());
    println!("{} {} {} {}", 2.5f64.round(), (-2.5f64).round(), 2.5f64.floor(), (-2.5f64).ceil());
    println!("{} {} {}", 7.0f64.rem_euclid(-3.0), (0.1f32 + 0.2f32), 1.0f64.atan2(1.0));
    println!("{} {} {:?}", f64::EPSILON, f32::MAX, (3.7f64 as i32, -3.7f64 as u8, 300.0f32 as u8));
    println!("{} {} {}", i32::MAX as f32, u64::MAX as f64, (1u64 << 53) as f64 + 1.0);
    println!("{:?} {:?}", 9.99f64.clamp(0.0, 5.0), 17.clamp(1, 10));
    println!("{} {}", 10.5f64.abs_diff_placeholder(), 0);
    more();
}
trait Placeholder { fn abs_diff_placeholder(&self) -> f64; }
impl Placeholder for f64 { fn abs_diff_placeholder(&self) -> f64 { (self - 20.0).abs() } }
fn more() {
    let x = 0.6f64;
    println!("{} {} {} {}", x.asin(), x.acos(), x.atan(), (-1.0f64).atan2(-1.0));
    println!("{} {} {} {}", x.sinh(), x.cosh(), x.tanh(), x.asinh());
    println!("{} {} {} {}", 2.0f64.acosh(), x.atanh(), 27.0f64.cbrt(), x.exp_m1());
    println!("{} {} {} {:?}", x.ln_1p(), 100.0f64.log(10.0), 3.0f64.hypot(4.0), x.sin_cos());
    println!("{} {} {}", 0.1f64.mul_add(10.0, -1.0), 4.0f64.recip(), (-7.5f64).div_euclid(2.0));
    println!("{} {} {}", 2.5f64.round_ties_even(), 3.5f64.round_ties_even(), (-2.5f64).round_ties_even());
    println!("{} {} {}", 1e-310f64.is_subnormal(), 1.0f64.is_normal(), 0.0f64.is_normal());
    let mut v = vec![2.0, f64::NAN, -0.0, 0.0, -1.0, f64::INFINITY];
    v.sort_by(|a, b| a.total_cmp(b));
    println!("{:?}", v);
    println!("{} {} {}", 0.6f32.atan2(0.3), 8.0f32.cbrt(), 1.5f32.hypot(2.0));
}
