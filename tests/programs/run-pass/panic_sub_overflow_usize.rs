// Walking an array backwards with a usize index that underflows below zero.

fn find_last_below(a: &[i32], limit: i32) -> usize {
    let mut i = a.len() - 1;
    loop {
        if a[i] < limit {
            return i;
        }
        i -= 1;
    }
}

fn main() {
    let readings = [12, 7, 30, 2, 25, 40];
    println!("last below 10: index {}", find_last_below(&readings, 10));
    println!("last below 3: index {}", find_last_below(&readings, 3));
    let mut stock: usize = 3;
    for day in 1..=5 {
        println!("day {}: stock {}", day, stock);
        if day == 2 {
            eprintln!("warning: stock running low");
        }
        stock -= 1;
    }
    println!("last below 1: index {}", find_last_below(&readings, 1));
}
