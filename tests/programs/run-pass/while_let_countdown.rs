// while let driven by checked arithmetic on manual counters, and by a hand-written stack.

struct Stack {
    items: [u32; 16],
    len: usize,
}

enum Popped {
    Value(u32),
    Empty,
}

impl Stack {
    fn new() -> Stack {
        Stack { items: [0; 16], len: 0 }
    }

    fn push(&mut self, v: u32) {
        self.items[self.len] = v;
        self.len += 1;
    }

    fn pop(&mut self) -> Popped {
        if self.len == 0 {
            Popped::Empty
        } else {
            self.len -= 1;
            Popped::Value(self.items[self.len])
        }
    }
}

fn countdown(from: u32) {
    let mut n = from;
    print!("countdown:");
    while let Some(next) = n.checked_sub(1) {
        print!(" {}", n);
        n = next;
    }
    println!(" liftoff ({})", n);
}

fn doublings(start: u8) -> u32 {
    let mut v = start;
    let mut steps = 0;
    while let Some(d) = v.checked_mul(2) {
        v = d;
        steps += 1;
    }
    println!("{} doubled {} times reaches {}", start, steps, v);
    steps
}

fn digits_reversed(mut n: u64) {
    let mut stack = Stack::new();
    while n > 0 {
        stack.push((n % 10) as u32);
        n /= 10;
    }
    print!("digits in order:");
    while let Popped::Value(d) = stack.pop() {
        print!(" {}", d);
    }
    println!();
}

fn main() {
    countdown(5);
    countdown(0);
    let mut total = 0;
    let starts = [1u8, 3, 100, 200];
    for i in 0..starts.len() {
        total += doublings(starts[i]);
    }
    println!("total steps {}", total);
    digits_reversed(9081726354);
    let mut fuel: i32 = 100;
    let mut burns = 0;
    while let Some(left @ 0..) = fuel.checked_sub(17) {
        fuel = left;
        burns += 1;
    }
    println!("burns {} fuel left {}", burns, fuel);
}
