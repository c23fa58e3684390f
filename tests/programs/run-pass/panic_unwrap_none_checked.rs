// Chained checked arithmetic with unwrap(); an overflow turns into an unwrap on None.

fn compound(principal: u32, rate_percent: u32, years: u32) -> u32 {
    let mut amount = principal;
    for year in 1..=years {
        let interest = amount.checked_mul(rate_percent).unwrap() / 100;
        amount = amount.checked_add(interest).unwrap();
        if year % 5 == 0 {
            println!("  year {:>2}: {}", year, amount);
        }
    }
    amount
}

fn main() {
    println!("modest: {}", compound(1000, 5, 10));
    println!("checked ok: {}", 7u8.checked_add(8).is_some());
    println!("checked none: {}", 250u8.checked_add(8).is_none());
    println!("aggressive: {}", compound(1_000_000, 40, 30));
}
