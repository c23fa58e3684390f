// Reading a private field of a struct defined in another module.

mod bank {
    pub struct Account {
        pub owner: u32,
        balance: i64,
    }

    impl Account {
        pub fn open(owner: u32) -> Account {
            Account { owner, balance: 0 }
        }
    }
}

fn main() {
    let a = bank::Account::open(9);
    println!("{} has {}", a.owner, a.balance); //~ ERROR E0616
}
