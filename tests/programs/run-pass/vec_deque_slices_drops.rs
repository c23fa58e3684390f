use std::collections::VecDeque;

struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut d: VecDeque<i32> = VecDeque::new();
    println!("cap {}", d.capacity());
    for i in 0..3 {
        d.push_back(i);
    }
    d.push_front(-1);
    println!("{:?} cap {}", d.as_slices(), d.capacity());
    d.push_front(-2);
    println!("{:?} cap {}", d.as_slices(), d.capacity());
    for i in 10..14 {
        d.push_front(i);
    }
    println!("{:?} cap {}", d.as_slices(), d.capacity());
    d.make_contiguous().sort();
    println!("{:?} {:?}", d.as_slices(), d);
    let drained: Vec<i32> = d.drain(2..5).collect();
    println!("{:?} {:?}", drained, d);
    let tail = d.split_off(3);
    println!("{:?} {:?}", d, tail);
    let v: Vec<i32> = Vec::from(tail.clone());
    println!("{:?} {}", v, tail.capacity());
    let mut w = VecDeque::from(vec![5, 6, 7]);
    w.rotate_right(1);
    w.push_back(8);
    println!("{:?} {:?} {}", w, w.as_slices(), w.capacity());
    let mut cleared = w.clone();
    cleared.clear();
    println!("{:?} {}", cleared, cleared.is_empty());
    w.truncate(2);
    println!("{:?}", w);
    for x in w.iter_mut().rev() {
        *x += 100;
    }
    println!("{:?} {:?}", w, w.iter().rev().collect::<Vec<_>>());

    let mut noisy = VecDeque::new();
    noisy.push_back(Noisy(1));
    noisy.push_back(Noisy(2));
    noisy.push_front(Noisy(0));
    noisy.push_back(Noisy(3));
    noisy.push_front(Noisy(9));
    println!("len {}", noisy.len());
    noisy.truncate(3);
    println!("truncated");
    drop(noisy.pop_front());
    println!("end of main");
}
