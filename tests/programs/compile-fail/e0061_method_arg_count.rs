// Method calls with too many or too few arguments.

struct Account {
    balance: i64,
}

impl Account {
    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }
    fn transfer(&mut self, other: &mut Account, amount: i64) {
        self.balance -= amount;
        other.balance += amount;
    }
    fn balance(&self) -> i64 {
        self.balance
    }
}

fn main() {
    let mut a = Account { balance: 10 };
    let mut b = Account { balance: 0 };
    a.deposit(); //~ ERROR E0061
    a.transfer(&mut b); //~ ERROR E0061
    println!("{}", a.balance(1)); //~ ERROR E0061
    let mut v = vec![1, 2];
    v.push(3, 4); //~ ERROR E0061
}
