// A small bank: commands parsed from text, a custom error enum with
// Display, std::error::Error with source(), From conversions so `?` turns
// parse and domain errors into one type, and a transaction log.
use std::collections::BTreeMap;
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum BankError {
    Parse(String, ParseIntError),
    UnknownCommand(String),
    NoSuchAccount(String),
    Insufficient { account: String, needed: u64, available: u64 },
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BankError::Parse(text, _) => write!(f, "cannot parse amount {text:?}"),
            BankError::UnknownCommand(c) => write!(f, "unknown command `{c}`"),
            BankError::NoSuchAccount(a) => write!(f, "no account named {a}"),
            BankError::Insufficient { account, needed, available } => {
                write!(f, "{account} needs {needed} but has {available}")
            }
        }
    }
}

impl Error for BankError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            BankError::Parse(_, e) => Some(e),
            _ => None,
        }
    }
}

struct Amount(u64);

impl std::str::FromStr for Amount {
    type Err = BankError;
    fn from_str(s: &str) -> Result<Amount, BankError> {
        s.parse::<u64>().map(Amount).map_err(|e| BankError::Parse(s.to_string(), e))
    }
}

#[derive(Default)]
struct Bank {
    accounts: BTreeMap<String, u64>,
    log: Vec<String>,
}

impl Bank {
    fn account(&mut self, name: &str) -> Result<&mut u64, BankError> {
        self.accounts.get_mut(name).ok_or_else(|| BankError::NoSuchAccount(name.to_string()))
    }

    fn withdraw(&mut self, name: &str, amount: u64) -> Result<(), BankError> {
        let balance = self.account(name)?;
        if *balance < amount {
            return Err(BankError::Insufficient { account: name.to_string(), needed: amount, available: *balance });
        }
        *balance -= amount;
        Ok(())
    }

    fn execute(&mut self, line: &str) -> Result<String, BankError> {
        let parts: Vec<&str> = line.split_whitespace().collect();
        match parts.as_slice() {
            ["open", name] => {
                self.accounts.insert(name.to_string(), 0);
                Ok(format!("opened {name}"))
            }
            ["deposit", name, amount] => {
                let Amount(n) = amount.parse()?;
                *self.account(name)? += n;
                Ok(format!("{name} +{n}"))
            }
            ["withdraw", name, amount] => {
                let Amount(n) = amount.parse()?;
                self.withdraw(name, n)?;
                Ok(format!("{name} -{n}"))
            }
            ["transfer", from, to, amount] => {
                let Amount(n) = amount.parse()?;
                self.account(to)?;
                self.withdraw(from, n)?;
                *self.account(to)? += n;
                Ok(format!("{from} -> {to}: {n}"))
            }
            [cmd, ..] => Err(BankError::UnknownCommand(cmd.to_string())),
            [] => Err(BankError::UnknownCommand(String::new())),
        }
    }
}

fn run_all(bank: &mut Bank, script: &str) -> Result<usize, Box<dyn Error>> {
    let mut ok = 0;
    for line in script.lines().map(str::trim).filter(|l| !l.is_empty()) {
        match bank.execute(line) {
            Ok(msg) => {
                bank.log.push(msg);
                ok += 1;
            }
            Err(e @ BankError::Parse(..)) => {
                println!("error: {e} (caused by: {})", e.source().map(|s| s.to_string()).unwrap_or_default());
            }
            Err(e) => println!("error: {e}"),
        }
    }
    if ok == 0 {
        return Err("nothing succeeded".into());
    }
    Ok(ok)
}

fn main() {
    let mut bank = Bank::default();
    let script = "
        open alice
        open bob
        deposit alice 100
        deposit bob 2x
        withdraw bob 5
        transfer alice bob 30
        transfer alice carol 1
        fly away
        withdraw alice 70
    ";
    match run_all(&mut bank, script) {
        Ok(n) => println!("{n} commands succeeded"),
        Err(e) => println!("failed: {e}"),
    }
    for (name, balance) in &bank.accounts {
        println!("{name}: {balance}");
    }
    println!("{}", bank.log.join("; "));
    let mut empty = Bank::default();
    if let Err(e) = run_all(&mut empty, "deposit nobody 1") {
        println!("failed: {e}");
    }
}
