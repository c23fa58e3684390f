// Bank ledger with traits over accounts, generic transaction log,
// sorting by multiple keys and a report.
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct AccountId(u32);

#[derive(Debug, Clone, PartialEq)]
enum Tx { Deposit(AccountId, u64), Withdraw(AccountId, u64), Transfer { from: AccountId, to: AccountId, amount: u64 } }

#[derive(Debug, PartialEq)]
enum TxError { NoAccount(AccountId), Insufficient { id: AccountId, needed: u64, available: u64 }, Frozen(AccountId) }

impl fmt::Display for TxError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            TxError::NoAccount(id) => write!(f, "account #{} does not exist", id.0),
            TxError::Insufficient { id, needed, available } => write!(f, "account #{} needs {} but has {}", id.0, needed, available),
            TxError::Frozen(id) => write!(f, "account #{} is frozen", id.0),
        }
    }
}

trait Account: fmt::Debug {
    fn balance(&self) -> u64;
    fn deposit(&mut self, amount: u64);
    fn withdraw(&mut self, amount: u64) -> Result<(), u64>;
    fn frozen(&self) -> bool { false }
    fn kind(&self) -> &'static str;
}

#[derive(Debug)]
struct Checking { balance: u64, overdraft: u64 }
#[derive(Debug)]
struct Savings { balance: u64, withdrawals: u8 }

impl Account for Checking {
    fn balance(&self) -> u64 { self.balance }
    fn deposit(&mut self, amount: u64) { self.balance += amount; }
    fn withdraw(&mut self, amount: u64) -> Result<(), u64> {
        if amount > self.balance + self.overdraft { return Err(self.balance + self.overdraft); }
        self.balance = self.balance.saturating_sub(amount);
        Ok(())
    }
    fn kind(&self) -> &'static str { "checking" }
}

impl Account for Savings {
    fn balance(&self) -> u64 { self.balance }
    fn deposit(&mut self, amount: u64) { self.balance += amount; }
    fn withdraw(&mut self, amount: u64) -> Result<(), u64> {
        self.balance.checked_sub(amount).map(|b| { self.balance = b; self.withdrawals += 1; }).ok_or(self.balance)
    }
    fn frozen(&self) -> bool { self.withdrawals >= 2 }
    fn kind(&self) -> &'static str { "savings" }
}

struct Bank { accounts: BTreeMap<AccountId, Box<dyn Account>>, log: Vec<(usize, Result<Tx, TxError>)> }

impl Bank {
    fn account(&mut self, id: AccountId) -> Result<&mut Box<dyn Account>, TxError> {
        let acct = self.accounts.get_mut(&id).ok_or(TxError::NoAccount(id))?;
        if acct.frozen() { Err(TxError::Frozen(id)) } else { Ok(acct) }
    }
    fn take(&mut self, id: AccountId, amount: u64) -> Result<(), TxError> {
        self.account(id)?.withdraw(amount).map_err(|available| TxError::Insufficient { id, needed: amount, available })
    }
    fn apply(&mut self, tx: &Tx) -> Result<(), TxError> {
        match *tx {
            Tx::Deposit(id, amount) => { self.account(id)?.deposit(amount); Ok(()) }
            Tx::Withdraw(id, amount) => self.take(id, amount),
            Tx::Transfer { from, to, amount } => {
                self.account(to)?;
                self.take(from, amount)?;
                self.account(to)?.deposit(amount);
                Ok(())
            }
        }
    }
    fn run(&mut self, txs: Vec<Tx>) {
        for (i, tx) in txs.into_iter().enumerate() {
            let r = self.apply(&tx).map(|()| tx);
            self.log.push((i, r));
        }
    }
}

fn main() {
    let mut bank = Bank { accounts: BTreeMap::new(), log: Vec::new() };
    bank.accounts.insert(AccountId(1), Box::new(Checking { balance: 100, overdraft: 50 }));
    bank.accounts.insert(AccountId(2), Box::new(Savings { balance: 500, withdrawals: 0 }));
    bank.accounts.insert(AccountId(3), Box::new(Checking { balance: 0, overdraft: 0 }));
    let (a, b, c, z) = (AccountId(1), AccountId(2), AccountId(3), AccountId(9));
    bank.run(vec![
        Tx::Deposit(a, 25),
        Tx::Withdraw(a, 160),
        Tx::Withdraw(a, 100),
        Tx::Transfer { from: b, to: c, amount: 200 },
        Tx::Transfer { from: b, to: z, amount: 1 },
        Tx::Withdraw(b, 50),
        Tx::Withdraw(b, 10),
        Tx::Transfer { from: c, to: a, amount: 250 },
    ]);
    for (i, r) in &bank.log {
        match r {
            Ok(tx) => println!("{:>2} ok    {:?}", i, tx),
            Err(e) => println!("{:>2} error {}", i, e),
        }
    }
    let mut rows: Vec<(&AccountId, &Box<dyn Account>)> = bank.accounts.iter().collect();
    rows.sort_by(|x, y| y.1.balance().cmp(&x.1.balance()).then(x.0.cmp(y.0)));
    for (id, acct) in rows {
        println!("#{} {:<8} {:>5} {}", id.0, acct.kind(), acct.balance(), if acct.frozen() { "frozen" } else { "" });
    }
    let total: u64 = bank.accounts.values().map(|a| a.balance()).sum();
    let failures = bank.log.iter().filter(|(_, r)| r.is_err()).count();
    println!("total {} failures {}", total, failures);
    println!("{:?}", bank.accounts.get(&a));
}
