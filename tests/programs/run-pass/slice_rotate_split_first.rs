fn main() {
    let mut a = [1, 2, 3, 4, 5, 6, 7];
    a.rotate_left(2);
    println!("{} {} {}", a[0], a[4], a[6]);
    a.rotate_right(3);
    println!("{} {} {}", a[0], a[4], a[6]);
    let (f, rest) = a.split_first().unwrap();
    let (l, init) = a.split_last().unwrap();
    println!("{} {} {} {}", f, rest.len(), l, init.len());
    let mut b = [0; 7];
    b.swap_with_slice(&mut a);
    println!("{} {}", a[0], b[0]);
    let mut n = 0;
    a.fill_with(|| { n += 2; n });
    println!("{} {}", a[0], a[6]);
    let r = [1u8, 2].repeat(3);
    println!("{} {}", r.len(), r[5]);
    let e: &[i32] = Default::default();
    println!("{}", e.len());
    let mut v = vec![1, 2, 3, 4];
    v.rotate_left(1);
    println!("{} {}", v[0], v[3]);
}
