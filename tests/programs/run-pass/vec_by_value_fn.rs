fn double_all(mut v: Vec<i32>) -> Vec<i32> {
    for i in 0..v.len() {
        v[i] *= 2;
    }
    v
}

fn total(v: Vec<i32>) -> i32 {
    let mut t = 0;
    for i in 0..v.len() {
        t += v[i];
    }
    t
}

fn count_positive(v: &[i32]) -> usize {
    let mut n = 0;
    for i in 0..v.len() {
        if v[i] > 0 {
            n += 1;
        }
    }
    n
}

fn push_twice(v: &mut Vec<i32>, x: i32) {
    v.push(x);
    v.push(x);
}

fn main() {
    let v = vec![3, -1, 4, -1, 5];
    let d = double_all(v);
    println!("doubled: {} {} {} {} {}", d[0], d[1], d[2], d[3], d[4]);
    println!("positive: {}", count_positive(&d));
    let mut d = d;
    push_twice(&mut d, 7);
    println!("len {} cap {}", d.len(), d.capacity());
    println!("total: {}", total(d));
}
