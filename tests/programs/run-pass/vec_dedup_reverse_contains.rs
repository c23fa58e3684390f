fn print(v: &Vec<i32>) {
    let mut s = String::new();
    for i in 0..v.len() {
        if i > 0 {
            s.push_str(", ");
        }
        let n = v[i];
        if n < 0 {
            s.push('-');
        }
        let mut digits = Vec::new();
        let mut m = if n < 0 { -n } else { n };
        if m == 0 {
            digits.push(b'0');
        }
        while m > 0 {
            digits.push(b'0' + (m % 10) as u8);
            m /= 10;
        }
        digits.reverse();
        for j in 0..digits.len() {
            s.push(digits[j] as char);
        }
    }
    println!("[{}]", s.as_str());
}

fn main() {
    let mut v = vec![1, 1, 2, 3, 3, 3, 1, 4, 4, -5, -5, 0];
    print(&v);
    v.dedup();
    print(&v);
    v.reverse();
    print(&v);
    println!("contains 3: {}, contains 7: {}", v.contains(&3), v.contains(&7));
    let mut one = vec![42];
    one.dedup();
    one.reverse();
    print(&one);
    let mut empty: Vec<i32> = vec![];
    empty.dedup();
    empty.reverse();
    print(&empty);
    let mut words = vec![String::from("a"), String::from("a"), String::from("b")];
    words.dedup();
    println!("words after dedup: {}", words.len());
}
