// A mutable borrow still in use blocks a second one: through a method's
// `&mut self`, and across iterations of a loop.

struct Counter {
    hits: u32,
}

impl Counter {
    fn hit(&mut self) -> u32 {
        self.hits += 1;
        self.hits
    }
}

fn main() {
    let mut c = Counter { hits: 0 };
    let handle = &mut c;
    c.hit(); //~ ERROR E0499
    handle.hits += 1;

    let mut slots = [0u32; 3];
    let mut held = [&mut 0u32, &mut 0u32];
    for i in 0..2 {
        held[i] = &mut slots[0]; //~ ERROR E0499
    }
    *held[0] += 1;
    println!("{}", c.hits);
}
