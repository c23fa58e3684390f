// Loan amortisation and temperature conversion tables with aligned float formatting.

fn pow_f64(base: f64, exp: u32) -> f64 {
    let mut r = 1.0;
    for _ in 0..exp {
        r *= base;
    }
    r
}

fn monthly_payment(principal: f64, annual_rate: f64, months: u32) -> f64 {
    let r = annual_rate / 12.0;
    if r == 0.0 {
        return principal / months as f64;
    }
    let f = pow_f64(1.0 + r, months);
    principal * r * f / (f - 1.0)
}

fn amortize(principal: f64, annual_rate: f64, months: u32) {
    let pay = monthly_payment(principal, annual_rate, months);
    println!("loan {:.2} at {:.2}% over {} months: payment {:.2}", principal, annual_rate * 100.0, months, pay);
    println!("{:>5} {:>10} {:>10} {:>12}", "month", "interest", "principal", "balance");
    let mut balance = principal;
    let mut total_interest = 0.0;
    for m in 1..=months {
        let interest = balance * annual_rate / 12.0;
        let mut princ = pay - interest;
        if princ > balance {
            princ = balance;
        }
        balance -= princ;
        total_interest += interest;
        if m <= 3 || m > months - 2 || m % 12 == 0 {
            println!("{:>5} {:>10.2} {:>10.2} {:>12.2}", m, interest, princ, balance);
        }
    }
    println!("total interest {:.2}, final balance {:.6}", total_interest, balance);
}

fn temperature_table() {
    println!("{:>8} {:>8} {:>8}", "C", "F", "K");
    let mut c = -40.0;
    while c <= 100.0 {
        let f = c * 9.0 / 5.0 + 32.0;
        let k = c + 273.15;
        println!("{:>8.1} {:>8.1} {:>8.2}", c, f, k);
        c += 17.5;
    }
}

fn main() {
    amortize(10000.0, 0.06, 24);
    amortize(2500.0, 0.0, 5);
    amortize(250000.0, 0.045, 36);
    temperature_table();
    println!("{:e} {:e}", monthly_payment(1e6, 0.05, 360), pow_f64(1.0001, 10000));
}
