fn main() {
    let mut v = Vec::new();
    v.push(10);
    v.push(20);
    v.push(30);
    println!("v[0] = {}, v[1] = {}, v[2] = {}", v[0], v[1], v[2]);
    v[1] += 5;
    v[2] = v[0] * 4;
    let i = 2;
    println!("after: {} {} {}", v[0], v[1], v[i]);
    let r = &mut v;
    r[0] = -1;
    r.push(99);
    println!("len {} last {}", v.len(), v[v.len() - 1]);
    match v.get(7) {
        Some(x) => println!("got {}", x),
        None => println!("index 7 is out of range"),
    }
    if let Some(x) = v.get_mut(0) {
        *x *= 100;
    }
    if let (Some(f), Some(l)) = (v.first(), v.last()) {
        println!("first {} last {}", f, l);
    }
    let total: i32 = v[0] + v[1] + v[2] + v[3];
    println!("total {}", total);
}
