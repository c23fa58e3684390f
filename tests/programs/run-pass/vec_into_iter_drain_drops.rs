struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let v = vec![Noisy(1), Noisy(2), Noisy(3), Noisy(4)];
    let mut it = v.into_iter();
    let a = it.next().unwrap();
    let d = it.next_back().unwrap();
    println!("took {} and {}, {} left", a.0, d.0, it.len());
    drop(it);
    println!("iterator dropped");
    let mut w = vec![Noisy(10), Noisy(11), Noisy(12), Noisy(13), Noisy(14)];
    {
        let mut dr = w.drain(1..4);
        let x = dr.next().unwrap();
        println!("drained first {}", x.0);
    }
    println!("after drain: {} left, last {}", w.len(), w[w.len() - 1].0);
    let mut count = 0;
    for n in w {
        count += n.0;
    }
    println!("sum {}", count);
    let names = vec![String::from("a"), String::from("bb")];
    let mut total = 0;
    for s in names.iter() {
        total += s.len();
    }
    for s in names {
        total += s.len();
    }
    println!("{}", total);
}
