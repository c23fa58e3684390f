// `for` over values that are not iterators.

struct Countdown {
    from: u32,
}

fn main() {
    let mut total = 0;
    for x in 5 { //~ ERROR E0277
        total += x;
    }
    let c = Countdown { from: 3 };
    for step in c { //~ ERROR E0277
        println!("{}", step);
    }
    println!("{}", total);
}
