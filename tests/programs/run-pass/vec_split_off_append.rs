fn dump(label: &str, v: &Vec<u16>) {
    let mut total = 0;
    for i in 0..v.len() {
        total += v[i];
    }
    println!("{}: len {} cap {} sum {}", label, v.len(), v.capacity(), total);
}

fn main() {
    let mut a: Vec<u16> = Vec::new();
    for i in 1..=10 {
        a.push(i);
    }
    dump("a", &a);
    let b = a.split_off(6);
    dump("a", &a);
    dump("b", &b);
    let mut c = a.split_off(0);
    dump("a", &a);
    dump("c", &c);
    let mut d = b.clone();
    c.append(&mut d);
    dump("c", &c);
    dump("d", &d);
    let e = c.split_off(c.len());
    dump("e", &e);
    a.extend_from_slice(&c[2..5]);
    dump("a", &a);
}
