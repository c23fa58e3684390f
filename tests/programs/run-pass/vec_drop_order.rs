struct Noisy {
    id: u32,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.id);
    }
}

fn make(n: u32) -> Vec<Noisy> {
    let mut v = Vec::new();
    for id in 0..n {
        v.push(Noisy { id });
    }
    v
}

fn main() {
    let mut v = make(6);
    println!("truncate to 4");
    v.truncate(4);
    println!("pop");
    let p = v.pop();
    println!("popped is some: {}", p.is_some());
    drop(p);
    println!("remove 0");
    let r = v.remove(0);
    println!("removed {}", r.id);
    println!("clear");
    v.clear();
    println!("len {} cap {}", v.len(), v.capacity());
    let w = make(3);
    println!("overwrite");
    v = w;
    println!("nested");
    let mut nested = Vec::new();
    nested.push(make(2));
    nested.push(Vec::new());
    nested.push(make(1));
    println!("end of main");
}
