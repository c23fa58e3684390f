fn main() {
    let a = vec![1, 2, 3];
    println!("a: len {} cap {} -> {} {} {}", a.len(), a.capacity(), a[0], a[1], a[2]);
    let b = vec![0u8; 10];
    println!("b: len {} cap {} b[9] {}", b.len(), b.capacity(), b[9]);
    let c: Vec<i64> = vec![];
    println!("c: len {} cap {}", c.len(), c.capacity());
    let d = vec![String::from("x"); 3];
    println!("d: {} {} {} cap {}", d[0].as_str(), d[1].as_str(), d[2].as_str(), d.capacity());
    let e = vec!["trailing", "comma",];
    println!("e: {} {}", e[0], e[1]);
    let n = 4;
    let f = vec![vec![0; n]; n];
    println!("f: {}x{}", f.len(), f[0].len());
    let mut g = vec![1.5, 2.5];
    g.push(3.5);
    println!("g: len {} cap {} sum {}", g.len(), g.capacity(), g[0] + g[1] + g[2]);
    let h = vec![(1, 'a'), (2, 'b')];
    println!("h: {} {}", h[1].0, h[1].1);
}
