use std::error::Error;
use std::fmt;
use std::collections::HashMap;

#[derive(Debug)]
enum BankError {
    Insufficient { needed: u64, available: u64 },
    NoAccount(String),
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BankError::Insufficient { needed, available } => write!(f, "need {} have {}", needed, available),
            BankError::NoAccount(n) => write!(f, "no account {}", n),
        }
    }
}

impl Error for BankError {}

struct Bank {
    accounts: HashMap<String, u64>,
}

impl Bank {
    fn withdraw(&mut self, name: &str, amt: u64) -> Result<u64, BankError> {
        let bal = self.accounts.get_mut(&name.to_string()).ok_or_else(|| BankError::NoAccount(name.to_string()))?;
        if *bal < amt {
            return Err(BankError::Insufficient { needed: amt, available: *bal });
        }
        *bal -= amt;
        Ok(*bal)
    }
}

fn parse_and_double(s: &str) -> Result<i64, Box<dyn Error>> {
    let n: i64 = s.trim().parse()?;
    if n < 0 {
        return Err("negative".into());
    }
    if n > 1000 {
        return Err(format!("too big: {}", n).into());
    }
    Ok(n * 2)
}

fn run(bank: &mut Bank) -> Result<(), Box<dyn Error>> {
    println!("left {}", bank.withdraw("ann", 30)?);
    let x = parse_and_double(" 21 ")?;
    println!("x = {}", x);
    bank.withdraw("bob", 1)?;
    Ok(())
}

fn main() {
    let mut bank = Bank { accounts: HashMap::new() };
    bank.accounts.insert("ann".to_string(), 100);
    for s in ["5", "x", "-3", "5000"] {
        match parse_and_double(s) {
            Ok(v) => println!("ok {}", v),
            Err(e) => println!("error: {}", e),
        }
    }
    if let Err(e) = run(&mut bank) {
        println!("run failed: {}", e);
        println!("debug: {:?}", e);
    }
    match bank.withdraw("ann", 500) {
        Err(e) => {
            let boxed: Box<dyn Error> = Box::new(e);
            println!("{} / {:?} / source none: {}", boxed, boxed, boxed.source().is_none());
        }
        Ok(_) => {}
    }
    let errs: Vec<Box<dyn Error>> = vec!["a".into(), Box::new(BankError::NoAccount("z".into()))];
    for e in &errs {
        println!("{}", e.to_string());
    }
}
