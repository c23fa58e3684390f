// Iterator adapters and consumers over ranges, Option and chains; `for` through IntoIterator.
fn main() {
    let mut total = 0;
    for x in (1..5).rev() { total += x; print!("{} ", x); }
    println!("= {}", total);
    let s: i32 = (1..=10).filter(|x| x % 2 == 0).map(|x| x * x).sum();
    println!("sum of even squares {}", s);
    let c = (0..100).step_by(7).count();
    println!("count {}", c);
    for (i, c) in ('a'..='e').enumerate() { print!("{}{} ", i, c); }
    println!();
    let m = (1..10).map(|x| (x * 37) % 11).max();
    println!("{:?}", m.unwrap());
    let pos = (10..20).position(|x| x == 15);
    println!("{}", pos.unwrap());
    let mut it = (1..4).peekable();
    while let Some(x) = it.next() { if let Some(n) = it.peek() { print!("{}->{} ", x, n); } }
    println!();
    let z: u64 = (1..=5u64).zip(6..=10u64).map(|(a, b)| a * b).fold(0, |acc, v| acc + v);
    println!("{}", z);
    let any = (1..10).any(|x| x > 8);
    let all = (1..10).all(|x| x > 0);
    println!("{} {}", any, all);
    for x in (0..3).chain(7..9).skip(1).take(3) { print!("{} ", x); }
    println!();
    for x in Some(5) { println!("opt {}", x); }
    let fm: i32 = (1..4).flat_map(|x| 0..x).sum();
    println!("{}", fm);
    let tw: i32 = (1..).take_while(|x| x * x < 50).sum();
    println!("{}", tw);
}
