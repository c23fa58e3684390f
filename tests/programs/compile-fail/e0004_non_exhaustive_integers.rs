// Integer ranges that leave gaps are not exhaustive.

fn bucket(v: u8) -> &'static str {
    match v { //~ ERROR E0004
        0..=9 => "small",
        10..=99 => "medium",
        101..=255 => "large",
    }
}

fn sign(v: i32) -> i32 {
    match v { //~ ERROR E0004
        i32::MIN..=-1 => -1,
        1..=i32::MAX => 1,
    }
}

fn main() {
    println!("{} {}", bucket(100), sign(0));
}
