// References: shared and mutable borrows, nested references, auto-deref on fields and methods.

struct Account {
    owner: &'static str,
    balance: i64,
}

impl Account {
    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }
    fn describe(&self) -> i64 {
        self.balance
    }
}

fn largest(a: &[i32]) -> &i32 {
    let mut best = &a[0];
    for i in 1..a.len() {
        if a[i] > *best {
            best = &a[i];
        }
    }
    best
}

fn add_one(x: &mut i32) {
    *x += 1;
}

fn add_twice(x: &mut i32) {
    add_one(x);
    add_one(&mut *x);
}

fn sum_pair(p: &(i32, i32)) -> i32 {
    p.0 + p.1
}

fn double_all(a: &mut [i32]) {
    for i in 0..a.len() {
        a[i] *= 2;
    }
}

fn main() {
    let mut acct = Account { owner: "zoe", balance: 10 };
    {
        let r = &mut acct;
        r.deposit(5);
        let rr = &mut *r;
        rr.deposit(7);
    }
    let shared = &acct;
    let shared2 = &shared;
    let shared3 = &shared2;
    println!("{} has {} / {} / {}", shared.owner, shared.balance, shared2.describe(), shared3.balance);
    println!("{}", (**shared3).owner);

    let mut n = 40;
    add_twice(&mut n);
    println!("n = {}", n);
    let p = &mut n;
    *p *= 2;
    add_one(p);
    println!("n = {}", n);

    let values = [3, 17, -4, 17, 9];
    let big = largest(&values);
    println!("largest {} (deref {})", big, *big + 0);

    let pair = (20, 22);
    let pr = &pair;
    println!("sum {} fields {} {}", sum_pair(pr), pr.0, (*pr).1);

    let mut arr = [1, 2, 3, 4];
    double_all(&mut arr);
    double_all(&mut arr[1..3]);
    println!("{:?}", arr);
    let slice: &[i32] = &arr;
    let sub = &slice[2..];
    println!("{} {} {}", slice.len(), sub.len(), sub[0]);

    let mut accounts = [Account { owner: "a", balance: 1 }, Account { owner: "b", balance: 2 }];
    for i in 0..accounts.len() {
        let acc = &mut accounts[i];
        acc.deposit(100);
    }
    let first = &accounts[0];
    println!("{} {} {}", first.owner, first.balance, accounts[1].balance);
    let x = 5;
    let rx = &x;
    let rrx = &rx;
    println!("{}", **rrx + *rx);
    let same = rx as *const i32 == *rrx as *const i32;
    println!("{}", same);
}
