// Match arms with incompatible types.

enum Coin {
    Penny,
    Nickel,
    Dime,
}

fn value(c: Coin) -> u32 {
    match c {
        Coin::Penny => 1,
        Coin::Nickel => 5,
        Coin::Dime => "ten", //~ ERROR E0308
    }
}

fn main() {
    println!("{}", value(Coin::Dime));
}
