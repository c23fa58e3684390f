fn main() {
    let mut s = String::from("hllo");
    s.insert(1, 'e');
    println!("{}", s.as_str());
    s.insert_str(0, ">> ");
    println!("{}", s.as_str());
    s.insert(s.len(), '!');
    println!("{}", s.as_str());
    let r = s.remove(0);
    println!("removed {:?} -> {}", r, s.as_str());
    let mut u = String::from("naïve");
    let c = u.remove(2);
    println!("removed {:?} -> {} ({} bytes)", c, u.as_str(), u.len());
    println!("{:?}", u.pop().unwrap());
    println!("{}", u.as_str());
    u.truncate(2);
    println!("{}", u.as_str());
    u.truncate(10);
    println!("{}", u.as_str());
    let mut w = String::from("ab");
    w.pop();
    w.pop();
    println!("{} {}", w.pop().is_none(), w.is_empty());
    let mut v = String::from("split here");
    let tail = v.split_off(5);
    println!("[{}] [{}]", v.as_str(), tail.as_str());
}
