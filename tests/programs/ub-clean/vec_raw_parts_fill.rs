// The usual way to fill a `Vec` through its raw pointer: reserve, write
// every slot with `ptr::write`, then `set_len`; and moving elements out
// with `ptr::read` before shortening.
use std::ptr;

fn squares(n: usize) -> Vec<u64> {
    let mut v: Vec<u64> = Vec::with_capacity(n);
    let p = v.as_mut_ptr();
    for i in 0..n {
        unsafe { ptr::write(p.add(i), (i * i) as u64) };
    }
    unsafe { v.set_len(n) };
    v
}

fn main() {
    let v = squares(6);
    println!("{} {} {}", v.len(), v[5], v.capacity() >= 6);
    let mut words: Vec<Vec<u8>> = Vec::new();
    for i in 0..4u8 {
        words.push(vec![i; i as usize]);
    }
    let last = unsafe { ptr::read(words.as_ptr().add(3)) };
    unsafe { words.set_len(3) };
    println!("{} {}", last.len(), words.len());
    let mut total = 0;
    for i in 0..words.len() {
        total += words[i].len();
    }
    println!("{}", total);
    let mut a = vec![1, 2, 3, 4, 5];
    let pa = a.as_mut_ptr();
    unsafe {
        ptr::swap(pa, pa.add(4));
        ptr::copy(pa.add(1), pa.add(2), 2);
    }
    println!("{} {} {} {} {}", a[0], a[1], a[2], a[3], a[4]);
}
