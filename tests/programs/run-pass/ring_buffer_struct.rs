// A fixed-capacity ring buffer with overwrite, moving averages and wrap-around indexing.

const CAP: usize = 5;

struct Ring {
    data: [i32; CAP],
    start: usize,
    len: usize,
    overwritten: u32,
}

impl Ring {
    fn new() -> Ring {
        Ring { data: [0; CAP], start: 0, len: 0, overwritten: 0 }
    }

    fn push(&mut self, v: i32) {
        if self.len == CAP {
            self.data[self.start] = v;
            self.start = (self.start + 1) % CAP;
            self.overwritten += 1;
        } else {
            self.data[(self.start + self.len) % CAP] = v;
            self.len += 1;
        }
    }

    fn pop_front(&mut self) -> i32 {
        assert!(self.len > 0, "pop from empty ring");
        let v = self.data[self.start];
        self.start = (self.start + 1) % CAP;
        self.len -= 1;
        v
    }

    fn get(&self, i: usize) -> i32 {
        self.data[(self.start + i) % CAP]
    }

    fn average(&self) -> f64 {
        let mut s = 0i64;
        for i in 0..self.len {
            s += self.get(i) as i64;
        }
        s as f64 / self.len as f64
    }

    fn print(&self) {
        print!("[");
        for i in 0..self.len {
            if i > 0 {
                print!(", ");
            }
            print!("{}", self.get(i));
        }
        println!("] start={} len={} overwritten={}", self.start, self.len, self.overwritten);
    }
}

fn main() {
    let mut r = Ring::new();
    for v in 1..=3 {
        r.push(v * 10);
    }
    r.print();
    println!("popped {}", r.pop_front());
    for v in 4..=9 {
        r.push(v * 10);
        print!("avg {:.2} after pushing {}: ", r.average(), v * 10);
        r.print();
    }
    while r.len > 2 {
        print!("{} ", r.pop_front());
    }
    println!();
    r.print();
    println!("raw storage {:?}", r.data);
}
