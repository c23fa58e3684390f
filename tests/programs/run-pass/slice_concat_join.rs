fn main() {
    let parts = vec![vec![1, 2], vec![3], vec![], vec![4, 5, 6]];
    let flat = parts.concat();
    println!("concat len {} cap {} last {}", flat.len(), flat.capacity(), flat[5]);
    let joined = parts.join(&0);
    println!("join len {}: {} {} {}", joined.len(), joined[2], joined[4], joined[8]);
    let sep: &[i32] = &[-1, -1];
    let joined2 = parts.join(sep);
    println!("join slice len {}", joined2.len());
    let words = ["hello", "big", "world"];
    println!("{}", words.concat().as_str());
    println!("{}", words.join(" ").as_str());
    println!("{}", words.join("").as_str());
    let owned = vec![String::from("a"), String::from("b"), String::from("c")];
    println!("{}", owned.join("->").as_str());
    println!("{}", owned.concat().as_str());
    let none: Vec<&str> = Vec::new();
    println!("[{}]", none.join(",").as_str());
    let one = vec!["solo"];
    println!("[{}]", one.join(",").as_str());
    capacities();
}

fn capacities() {
    let parts = vec![vec![1, 2], vec![3]];
    println!("{} {}", parts.concat().capacity(), parts.join(&9).capacity());
    let w = ["ab", "c"];
    println!("{} {}", w.concat().capacity(), w.join("--").capacity());
}
