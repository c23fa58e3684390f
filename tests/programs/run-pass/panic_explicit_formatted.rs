// A bank transfer routine that panics with a formatted message on an invariant violation.

struct Ledger {
    balances: [i64; 4],
    transfers: u32,
}

impl Ledger {
    fn total(&self) -> i64 {
        let mut t = 0;
        for i in 0..4 {
            t += self.balances[i];
        }
        t
    }

    fn transfer(&mut self, from: usize, to: usize, amount: i64) {
        if amount <= 0 {
            panic!("invalid transfer amount {} from {} to {}", amount, from, to);
        }
        if self.balances[from] < amount {
            eprintln!("declined: account {} has {} but needs {}", from, self.balances[from], amount);
            return;
        }
        self.balances[from] -= amount;
        self.balances[to] += amount;
        self.transfers += 1;
    }
}

fn main() {
    let mut l = Ledger { balances: [100, 250, 0, 75], transfers: 0 };
    let before = l.total();
    let plan = [(0, 2, 40), (1, 3, 300), (3, 0, 75), (1, 2, 125), (2, 1, 0), (0, 1, 1)];
    for i in 0..plan.len() {
        let (from, to, amount) = plan[i];
        l.transfer(from, to, amount);
        println!("after transfer {}: {:?} total {}", i, l.balances, l.total());
        if l.total() != before {
            panic!("money was created or destroyed");
        }
    }
    println!("{} transfers", l.transfers);
}
