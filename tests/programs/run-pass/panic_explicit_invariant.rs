#[derive(Debug)]
enum Op {
    Deposit(u32),
    Withdraw(u32),
}

fn apply(balance: u32, op: &Op) -> u32 {
    match op {
        Op::Deposit(n) => balance + n,
        Op::Withdraw(n) if *n <= balance => balance - n,
        Op::Withdraw(n) => panic!("invariant violated: withdraw {} from balance {} ({:?})", n, balance, op),
    }
}

fn main() {
    let ops = vec![Op::Deposit(50), Op::Withdraw(20), Op::Deposit(5), Op::Withdraw(100), Op::Deposit(1)];
    let mut balance = 0;
    for op in &ops {
        balance = apply(balance, op);
        println!("{:?} -> {}", op, balance);
    }
}
