// Tables of wrapping_*, checked_*, saturating_* operations across integer widths.

fn show_checked(label: &str, r: Option<i32>) {
    match r {
        Some(v) => println!("{:<22} Some({})", label, v),
        None => println!("{:<22} None", label),
    }
}

fn show_checked_u8(label: &str, r: Option<u8>) {
    if r.is_some() {
        println!("{:<22} Some({})", label, r.unwrap());
    } else {
        println!("{:<22} None", label);
    }
}

fn u8_table() {
    let xs: [u8; 5] = [0, 1, 127, 200, 255];
    println!("{:>4} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}", "x", "w+100", "w-100", "w*3", "s+100", "s-100", "s*3");
    for i in 0..xs.len() {
        let x = xs[i];
        println!("{:>4} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}", x,
            x.wrapping_add(100), x.wrapping_sub(100), x.wrapping_mul(3),
            x.saturating_add(100), x.saturating_sub(100), x.saturating_mul(3));
    }
}

fn i8_table() {
    let xs: [i8; 6] = [-128, -100, -1, 0, 1, 127];
    for i in 0..xs.len() {
        let x = xs[i];
        println!("{:>5}: wneg={:>5} wabs={:>5} sneg={:>5} sabs={:>5} w+50={:>5} s-50={:>5} wshl1={:>5}",
            x, x.wrapping_neg(), x.wrapping_abs(), x.saturating_neg(), x.saturating_abs(),
            x.wrapping_add(50), x.saturating_sub(50), x.wrapping_shl(1));
    }
}

fn main() {
    u8_table();
    i8_table();
    show_checked("i32::MAX + 1", i32::MAX.checked_add(1));
    show_checked("i32::MAX + 0", i32::MAX.checked_add(0));
    show_checked("i32::MIN - 1", i32::MIN.checked_sub(1));
    show_checked("100000 * 100000", 100000i32.checked_mul(100000));
    show_checked("7 / 0", 7i32.checked_div(0));
    show_checked("MIN / -1", i32::MIN.checked_div(-1));
    show_checked("-7 / 2", (-7i32).checked_div(2));
    show_checked("-7 % 2", (-7i32).checked_rem(2));
    show_checked("5 % 0", 5i32.checked_rem(0));
    show_checked("neg MIN", i32::MIN.checked_neg());
    show_checked("abs MIN", i32::MIN.checked_abs());
    show_checked("1 << 31", 1i32.checked_shl(31));
    show_checked("1 << 32", 1i32.checked_shl(32));
    show_checked("2 pow 30", 2i32.checked_pow(30));
    show_checked("2 pow 31", 2i32.checked_pow(31));
    show_checked_u8("200 + 55", 200u8.checked_add(55));
    show_checked_u8("200 + 56", 200u8.checked_add(56));
    show_checked_u8("3 - 4", 3u8.checked_sub(4));
    println!("u16: {} {} {}", 65535u16.wrapping_add(1), 0u16.wrapping_sub(1), 300u16.wrapping_mul(300));
    println!("u32: {} {}", u32::MAX.wrapping_mul(u32::MAX), 3u32.wrapping_pow(21));
    println!("i64: {} {}", i64::MAX.wrapping_add(1), i64::MIN.wrapping_sub(1));
    println!("i64 sat: {} {} {}", i64::MAX.saturating_add(5), i64::MIN.saturating_mul(2), (-3i64).saturating_pow(41));
    println!("u64 sat: {} {}", 0u64.saturating_sub(9), u64::MAX.saturating_add(9));
    println!("isize/usize: {} {}", isize::MIN.wrapping_div(-1), usize::MAX.wrapping_add(1));
    println!("wrapping div/rem: {} {}", (-128i8).wrapping_div(-1), (-128i8).wrapping_rem(-1));
    println!("wrapping shr: {} {}", 256u32.wrapping_shr(36), (-1i16).wrapping_shr(17));
}
