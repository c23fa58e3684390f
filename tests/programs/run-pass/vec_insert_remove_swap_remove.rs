fn show(label: &str, v: &Vec<char>) {
    let mut s = String::new();
    for i in 0..v.len() {
        s.push(v[i]);
    }
    println!("{:<12} [{}] len {} cap {}", label, s.as_str(), v.len(), v.capacity());
}

fn main() {
    let mut v = vec!['a', 'b', 'c', 'd'];
    show("start", &v);
    v.insert(0, 'X');
    show("insert 0", &v);
    v.insert(v.len(), 'Z');
    show("insert end", &v);
    v.insert(3, 'M');
    show("insert 3", &v);
    let r = v.remove(1);
    println!("removed {}", r);
    show("remove 1", &v);
    let s = v.swap_remove(0);
    println!("swap_removed {}", s);
    show("swap_remove", &v);
    let last = v.swap_remove(v.len() - 1);
    println!("swap_removed last {}", last);
    show("end", &v);
}
