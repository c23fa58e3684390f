use std::num::IntErrorKind;

fn describe(kind: &IntErrorKind) -> &'static str {
    match kind {
        IntErrorKind::Empty => "empty",
        IntErrorKind::InvalidDigit => "invalid digit",
        IntErrorKind::PosOverflow => "too large",
        IntErrorKind::NegOverflow => "too small",
        _ => "other",
    }
}

fn try_i32(s: &str) {
    match s.parse::<i32>() {
        Ok(n) => println!("i32 {:>14} -> {}", s, n),
        Err(e) => println!("i32 {:>14} -> error: {}", s, describe(e.kind())),
    }
}

fn try_u8(s: &str) {
    let r: Result<u8, std::num::ParseIntError> = s.parse();
    match r {
        Ok(n) => println!("u8  {:>14} -> {}", s, n),
        Err(e) => println!("u8  {:>14} -> error: {}", s, describe(e.kind())),
    }
}

fn main() {
    let inputs = ["42", "-17", "+8", "", "-", "+", "12a", " 5", "2147483647", "2147483648", "-2147483648", "-2147483649", "0007"];
    for i in 0..inputs.len() {
        try_i32(inputs[i]);
    }
    let small = ["255", "256", "-1", "0", "1000"];
    for i in 0..small.len() {
        try_u8(small[i]);
    }
    let big: u64 = "18446744073709551615".parse().unwrap();
    println!("u64 max {}", big);
    let neg: i128 = "-170141183460469231731687303715884105728".parse().unwrap();
    println!("i128 min {}", neg == i128::MIN);
    println!("hex {:?}", i64::from_str_radix("-ff", 16).unwrap());
    println!("bin {:?}", u8::from_str_radix("1011", 2).unwrap());
    let e1 = "x".parse::<i32>().unwrap_err();
    let e2 = "y".parse::<i32>().unwrap_err();
    println!("errors equal: {}", e1 == e2);
    println!("usize {}", "123456".parse::<usize>().unwrap_or(0));
    println!("bad usize {}", "12.5".parse::<usize>().unwrap_or(0));
}
