// collect into Vec and String, extend, iterator chains over Vec and str, for over arrays.
fn main() {
    let v: Vec<i32> = (1..6).map(|x| x * x).collect();
    println!("{:?} {}", v, v.capacity());
    let evens: Vec<i32> = v.iter().filter(|x| *x % 2 == 0).cloned().collect();
    println!("{:?}", evens);
    let s: String = vec!["a", "b", "c"].into_iter().collect();
    let t: String = "hello".chars().rev().collect();
    println!("{} {}", s, t);
    let mut w = vec![1, 2];
    w.extend(vec![3, 4]);
    w.extend(&[5, 6]);
    println!("{:?}", w);
    let words = vec!["apple", "bob", "kayak"];
    let pal: Vec<&str> = words.iter().filter(|w| w.chars().eq(w.chars().rev())).copied().collect();
    println!("{:?}", pal);
    let total: usize = words.iter().map(|w| w.len()).sum();
    println!("{}", total);
    for (i, w) in words.iter().enumerate() { print!("{}:{} ", i, w); }
    println!();
    for x in [10, 20, 30] { print!("{} ", x); }
    println!();
}
