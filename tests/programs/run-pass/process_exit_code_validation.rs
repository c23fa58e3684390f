// Input validation that ends the process with a specific exit code via std::process::exit.

use std::process;

const EXIT_BAD_CHECKSUM: i32 = 3;

fn luhn_valid(digits: &[u8]) -> bool {
    let mut sum = 0;
    let mut double = false;
    let mut i = digits.len();
    while i > 0 {
        i -= 1;
        let mut d = digits[i] as u32;
        if double {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
        double = !double;
    }
    sum % 10 == 0
}

fn check(label: &str, digits: &[u8]) {
    let ok = luhn_valid(digits);
    println!("{:<8} {:?} -> {}", label, digits, if ok { "valid" } else { "INVALID" });
    if !ok {
        eprintln!("error: {} failed the Luhn checksum", label);
        process::exit(EXIT_BAD_CHECKSUM);
    }
}

fn main() {
    check("card-1", &[4, 5, 3, 9, 1, 4, 8, 8, 0, 3, 4, 3, 6, 4, 6, 7]);
    check("card-2", &[7, 9, 9, 2, 7, 3, 9, 8, 7, 1, 3]);
    check("card-3", &[1, 2, 3, 4, 5, 6, 7, 8, 9, 0]);
    println!("all cards valid");
}
