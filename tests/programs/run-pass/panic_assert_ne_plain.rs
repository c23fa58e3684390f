// Generating unique ids; a collision trips a plain assert_ne! without a message.

struct IdGen {
    state: u32,
    issued: u32,
}

impl IdGen {
    fn next(&mut self) -> u32 {
        // deliberately weak generator with a short cycle
        self.state = (self.state * 5 + 3) % 16;
        self.issued += 1;
        self.state
    }
}

fn main() {
    let mut gen = IdGen { state: 1, issued: 0 };
    let mut seen = [false; 16];
    let mut prev = gen.next();
    seen[prev as usize] = true;
    println!("first id {}", prev);
    loop {
        let id = gen.next();
        assert_ne!(id, prev);
        println!("id {:>2} (issued {})", id, gen.issued);
        if seen[id as usize] {
            println!("cycle detected after {} ids", gen.issued);
            break;
        }
        seen[id as usize] = true;
        prev = id;
    }
    let mut bad = IdGen { state: 7, issued: 0 };
    let a = bad.next();
    let b = (a * 5 + 3) % 16;
    println!("a={} b={}", a, b);
    let c = bad.next();
    assert_ne!(b, c);
}
