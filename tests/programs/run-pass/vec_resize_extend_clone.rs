fn main() {
    let mut v = vec![1u8, 2, 3];
    v.resize(6, 9);
    println!("len {} cap {} v[5] {}", v.len(), v.capacity(), v[5]);
    v.resize(2, 0);
    println!("len {} cap {}", v.len(), v.capacity());
    v.extend_from_slice(&[7, 7, 7, 7, 7, 7, 7, 7]);
    println!("len {} cap {} v[9] {}", v.len(), v.capacity(), v[9]);
    let w = v.clone();
    println!("clone len {} cap {}", w.len(), w.capacity());
    let mut names = vec![String::from("x")];
    names.resize(3, String::from("fill"));
    println!("{} {} {}", names[0].as_str(), names[1].as_str(), names[2].as_str());
    let s: &[i64] = &[10, 20, 30];
    let owned = s.to_vec();
    println!("to_vec len {} cap {} last {}", owned.len(), owned.capacity(), owned[2]);
    let mut big: Vec<i32> = Vec::with_capacity(100);
    big.push(1);
    let c = big.clone();
    println!("clone of with_capacity(100): cap {}", c.capacity());
    let mut d: Vec<i32> = Vec::default();
    d.extend_from_slice(&c);
    println!("default then extend: len {} cap {}", d.len(), d.capacity());
}
