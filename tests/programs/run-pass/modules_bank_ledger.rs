// A small ledger split into modules: private fields behind pub methods, super:: access.

mod bank {
    pub mod account {
        pub struct Account {
            id: u32,
            balance_cents: i64,
            history: [i64; 8],
            entries: usize,
        }

        impl Account {
            pub const OVERDRAFT_LIMIT: i64 = -5000;

            pub fn open(id: u32, initial: i64) -> Account {
                let mut a = Account { id, balance_cents: 0, history: [0; 8], entries: 0 };
                a.record(initial);
                a
            }

            fn record(&mut self, delta: i64) {
                self.balance_cents += delta;
                self.history[self.entries % 8] = delta;
                self.entries += 1;
            }

            pub fn deposit(&mut self, cents: i64) {
                self.record(cents);
            }

            pub fn withdraw(&mut self, cents: i64) -> bool {
                if self.balance_cents - cents < Self::OVERDRAFT_LIMIT {
                    return false;
                }
                self.record(-cents);
                true
            }

            pub fn id(&self) -> u32 {
                self.id
            }

            pub fn balance(&self) -> i64 {
                self.balance_cents
            }

            pub fn entries(&self) -> usize {
                self.entries
            }
        }
    }

    pub mod report {
        use super::account::Account;
        use crate::money::{cents_to_string_parts, SYMBOL};

        pub fn line(a: &Account) {
            let (sign, whole, frac) = cents_to_string_parts(a.balance());
            println!("account {:>4}: {}{}{}.{:02} after {} entries", a.id(), sign, SYMBOL, whole, frac, a.entries());
        }
    }

    pub fn transfer(from: &mut account::Account, to: &mut account::Account, cents: i64) -> bool {
        if from.withdraw(cents) {
            to.deposit(cents);
            true
        } else {
            false
        }
    }
}

mod money {
    pub const SYMBOL: &str = "$";

    pub fn cents_to_string_parts(c: i64) -> (&'static str, i64, i64) {
        let sign = if c < 0 { "-" } else { "" };
        let m = if c < 0 { -c } else { c };
        (sign, m / 100, m % 100)
    }
}

use bank::account::Account;
use bank::{report, transfer};

fn main() {
    let mut alice = Account::open(1001, 250_00);
    let mut bob = Account::open(1002, 10_00);
    report::line(&alice);
    report::line(&bob);
    println!("transfer 120.50: {}", transfer(&mut alice, &mut bob, 120_50));
    println!("transfer 300.00: {}", transfer(&mut alice, &mut bob, 300_00));
    println!("transfer 170.00: {}", transfer(&mut alice, &mut bob, 170_00));
    report::line(&alice);
    report::line(&bob);
    for k in 0..10 {
        bob.deposit(k * 7);
    }
    report::line(&bob);
    println!("overdraft limit {}", Account::OVERDRAFT_LIMIT);
}
