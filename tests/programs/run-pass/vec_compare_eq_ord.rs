fn main() {
    let a = vec![1, 2, 3];
    let b = vec![1, 2, 3];
    let c = vec![1, 2, 4];
    let d = vec![1, 2];
    println!("a == b: {}", a == b);
    println!("a != c: {}", a != c);
    println!("a < c: {}", a < c);
    println!("d < a: {}", d < a);
    println!("c > a: {}", c > a);
    println!("a >= b: {}", a >= b);
    let s: &[i32] = &[1, 2, 3];
    println!("a == slice: {}", a == s);
    println!("slice == a: {}", s == a);
    println!("a[..2] == d: {}", a[..2] == d[..]);
    let e: Vec<i32> = Vec::new();
    let f: Vec<i32> = vec![];
    println!("empty eq: {}", e == f);
    let w1 = vec!["x", "y"];
    let w2 = vec!["x", "y"];
    println!("strs eq: {}", w1 == w2);
    let n1 = vec![vec![1], vec![2, 3]];
    let mut n2 = n1.clone();
    println!("nested eq: {}", n1 == n2);
    n2[1].push(4);
    println!("nested eq after push: {} (lt {})", n1 == n2, n1 < n2);
    println!("max: {}", std::cmp::max(a.clone(), c.clone())[2]);
}
