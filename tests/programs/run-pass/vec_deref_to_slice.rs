fn sum(xs: &[i64]) -> i64 {
    let mut t = 0;
    for i in 0..xs.len() {
        t += xs[i];
    }
    t
}

fn zero_first_half(xs: &mut [i64]) {
    let half = xs.len() / 2;
    for i in 0..half {
        xs[i] = 0;
    }
}

fn main() {
    let mut v: Vec<i64> = vec![5, 6, 7, 8, 9];
    println!("sum {}", sum(&v));
    println!("sum of tail {}", sum(&v[2..]));
    let (left, right) = v.split_at(2);
    println!("left {} right {}", left.len(), right.len());
    zero_first_half(&mut v);
    println!("after zero: {} {} {}", v[0], v[1], v[2]);
    let s: &[i64] = &v;
    println!("slice len {} first {} last {}", s.len(), s.first().unwrap(), s.last().unwrap());
    let m: &mut [i64] = &mut v;
    m[4] = 100;
    m.swap(0, 4);
    println!("v[0] {} v[4] {}", v[0], v[4]);
    if let Some(x) = v.first_mut() {
        *x += 1;
    }
    if let Some(x) = v.last_mut() {
        *x -= 1;
    }
    println!("{} {}", v[0], v[4]);
    let (a, b) = v.split_at_mut(3);
    a[0] += b[0];
    println!("{} starts {} ends {}", v[0], v.starts_with(&[101]), v.ends_with(&[8, -1]));
    println!("is_empty {}", v.is_empty());
    let full = &v[..];
    let incl = &v[1..=2];
    let to = &v[..=1];
    println!("{} {} {}", full.len(), incl[1], to[1]);
}
