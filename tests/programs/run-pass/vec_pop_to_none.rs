fn main() {
    let mut stack = vec![1, 2, 3];
    stack.push(4);
    while let Some(top) = stack.pop() {
        println!("popped {} (len now {})", top, stack.len());
    }
    println!("empty pop is none: {}", stack.pop().is_none());
    println!("capacity kept: {}", stack.capacity());
    let mut words: Vec<&str> = vec!["alpha", "beta"];
    for _ in 0..3 {
        match words.pop() {
            Some(w) => println!("word {}", w),
            None => println!("no more words"),
        }
    }
}
