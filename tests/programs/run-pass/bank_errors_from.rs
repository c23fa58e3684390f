use std::collections::HashMap;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug, Clone, PartialEq)]
enum BankError {
    NoSuchAccount(u32),
    Insufficient { needed: u64, available: u64 },
    Frozen(u32),
    BadAmount(String),
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BankError::NoSuchAccount(id) => write!(f, "account #{} does not exist", id),
            BankError::Insufficient { needed, available } => {
                write!(f, "insufficient funds: needed {}, available {}", needed, available)
            }
            BankError::Frozen(id) => write!(f, "account #{} is frozen", id),
            BankError::BadAmount(s) => write!(f, "bad amount: {}", s),
        }
    }
}

impl From<ParseIntError> for BankError {
    fn from(e: ParseIntError) -> Self {
        BankError::BadAmount(e.to_string())
    }
}

#[derive(Debug)]
struct Account {
    owner: String,
    balance: u64,
    frozen: bool,
    history: Vec<i64>,
}

struct Bank {
    accounts: HashMap<u32, Account>,
    next_id: u32,
}

impl Bank {
    fn new() -> Self {
        Bank { accounts: HashMap::new(), next_id: 100 }
    }

    fn open(&mut self, owner: &str, initial: u64) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        self.accounts.insert(
            id,
            Account { owner: owner.to_string(), balance: initial, frozen: false, history: vec![initial as i64] },
        );
        id
    }

    fn get_mut(&mut self, id: u32) -> Result<&mut Account, BankError> {
        let acc = self.accounts.get_mut(&id).ok_or(BankError::NoSuchAccount(id))?;
        if acc.frozen {
            return Err(BankError::Frozen(id));
        }
        Ok(acc)
    }

    fn deposit(&mut self, id: u32, amount: &str) -> Result<u64, BankError> {
        let amt: u64 = amount.trim().parse()?;
        let acc = self.get_mut(id)?;
        acc.balance += amt;
        acc.history.push(amt as i64);
        Ok(acc.balance)
    }

    fn withdraw(&mut self, id: u32, amt: u64) -> Result<u64, BankError> {
        let acc = self.get_mut(id)?;
        if acc.balance < amt {
            return Err(BankError::Insufficient { needed: amt, available: acc.balance });
        }
        acc.balance -= amt;
        acc.history.push(-(amt as i64));
        Ok(acc.balance)
    }

    fn transfer(&mut self, from: u32, to: u32, amt: u64) -> Result<(), BankError> {
        if !self.accounts.contains_key(&to) {
            return Err(BankError::NoSuchAccount(to));
        }
        self.withdraw(from, amt)?;
        match self.get_mut(to) {
            Ok(acc) => {
                acc.balance += amt;
                acc.history.push(amt as i64);
                Ok(())
            }
            Err(e) => {
                // roll back
                let src = self.accounts.get_mut(&from).unwrap();
                src.balance += amt;
                src.history.pop();
                Err(e)
            }
        }
    }

    fn freeze(&mut self, id: u32) -> Result<(), BankError> {
        self.accounts.get_mut(&id).map(|a| a.frozen = true).ok_or(BankError::NoSuchAccount(id))
    }

    fn total(&self) -> u64 {
        self.accounts.values().map(|a| a.balance).sum()
    }
}

fn main() {
    let mut bank = Bank::new();
    let alice = bank.open("alice", 500);
    let bob = bank.open("bob", 50);
    let carol = bank.open("carol", 0);

    let results: Vec<(String, Result<String, BankError>)> = vec![
        ("deposit alice 250".to_string(), bank.deposit(alice, "250").map(|b| b.to_string())),
        ("deposit bob x12".to_string(), bank.deposit(bob, "x12").map(|b| b.to_string())),
        ("withdraw bob 80".to_string(), bank.withdraw(bob, 80).map(|b| b.to_string())),
        ("transfer a->c 300".to_string(), bank.transfer(alice, carol, 300).map(|_| "ok".to_string())),
        ("withdraw 999".to_string(), bank.withdraw(999, 1).map(|b| b.to_string())),
        ("freeze carol".to_string(), bank.freeze(carol).map(|_| "frozen".into())),
        ("transfer a->c 10".to_string(), bank.transfer(alice, carol, 10).map(|_| "ok".to_string())),
        ("deposit carol 5".to_string(), bank.deposit(carol, " 5 ").map(|b| b.to_string())),
        ("deposit bob -3".to_string(), bank.deposit(bob, "-3").map(|b| b.to_string())),
    ];

    for (what, r) in &results {
        match r {
            Ok(v) => println!("{:<20} ok: {}", what, v),
            Err(e) => println!("{:<20} ERR: {}", what, e),
        }
    }

    let errors = results.iter().filter(|(_, r)| r.is_err()).count();
    println!("{} operations, {} failed", results.len(), errors);
    assert_eq!(results[4].1, Err(BankError::NoSuchAccount(999)));

    let mut ids: Vec<&u32> = bank.accounts.keys().collect();
    ids.sort();
    for id in ids {
        let a = &bank.accounts[id];
        let hist: Vec<String> = a.history.iter().map(|h| format!("{:+}", h)).collect();
        println!("#{} {:<6} {:>5} frozen={:<5} [{}]", id, a.owner, a.balance, a.frozen, hist.join(", "));
    }
    println!("total = {}", bank.total());
}
