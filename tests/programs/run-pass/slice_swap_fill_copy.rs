fn show(a: &[i32]) {
    let mut s = String::new();
    for i in 0..a.len() {
        s.push_str(if a[i] % 2 == 0 { "e" } else { "o" });
    }
    println!("{} (first {}, last {})", s.as_str(), a[0], a[a.len() - 1]);
}

fn main() {
    let mut a = [1, 2, 3, 4, 5, 6];
    a.swap(0, 5);
    show(&a);
    a[1..4].fill(8);
    show(&a);
    a.reverse();
    show(&a);
    let src = [11, 13, 15];
    a[..3].copy_from_slice(&src);
    show(&a);
    let mut names = [String::new(), String::new()];
    let from = [String::from("left"), String::from("right")];
    names.clone_from_slice(&from);
    println!("{} {}", names[0].as_str(), names[1].as_str());
    println!("starts {} {} ends {} {}", a.starts_with(&[11, 13]), a.starts_with(&[13]), a.ends_with(&[1]), a.ends_with(&[]));
    let mut v = vec![0u8; 4];
    v.fill(7);
    v.swap(1, 2);
    println!("{} {}", v[0], v.len());
    let (x, y) = a.split_at(2);
    println!("{} {}", x.len(), y[0]);
    println!("{:?} {:?}", a.get(5).is_some(), a.get(6).is_none());
}
