fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6];
    let total: i32 = v.iter().sum();
    println!("sum {}", total);
    let mut evens = 0;
    for x in &v {
        if x % 2 == 0 {
            evens += 1;
        }
    }
    println!("evens {}", evens);
    let big = v.iter().filter(|x| **x > 3).count();
    println!("big {}", big);
    println!("max {} min {}", v.iter().max().unwrap(), v.iter().min().unwrap());
    let pos = v.iter().position(|&x| x == 5).unwrap();
    println!("position of 5: {}", pos);
    let mut w = v.clone();
    for x in w.iter_mut() {
        *x *= 10;
    }
    for x in &mut w {
        *x += 1;
    }
    println!("{} {}", w[0], w[7]);
    let mut owned = String::new();
    for s in vec![String::from("a"), String::from("b")] {
        owned.push_str(&s);
    }
    println!("{}", owned.as_str());
    let words = "the quick  brown fox";
    for (i, w) in words.split_whitespace().enumerate() {
        println!("{} {}", i, w);
    }
    let n = "a,b,,c,".split(',').count();
    println!("pieces {}", n);
    let mut rev = String::new();
    for c in "héllo".chars().rev() {
        rev.push(c);
    }
    println!("{}", rev.as_str());
    for (i, c) in "añb".char_indices() {
        println!("{} {}", i, c);
    }
    let bytes: u32 = "abc".bytes().map(|b| b as u32).sum();
    println!("{}", bytes);
    for line in "one\ntwo\r\nthree\n".lines() {
        println!("[{}]", line);
    }
    for win in v.windows(3).take(2) {
        println!("window {} {} {}", win[0], win[1], win[2]);
    }
    for chunk in v.chunks(3) {
        println!("chunk of {} starting {}", chunk.len(), chunk[0]);
    }
    let mut d = vec![1, 2, 3, 4, 5];
    let drained: i32 = d.drain(1..3).sum();
    println!("drained {} left {} {}", drained, d.len(), d[1]);
    let mut it = vec![String::from("x"), String::from("y"), String::from("z")].into_iter();
    let first = it.next().unwrap();
    println!("{} {}", first.as_str(), it.len());
    let dot: i32 = v.iter().zip(v.iter().skip(1)).map(|(a, b)| a * b).sum();
    println!("dot {}", dot);
    println!("any {} all {}", v.iter().any(|&x| x > 8), v.iter().all(|&x| x > 0));
}
