// Calling a method that does not exist, and an enum variant that does not exist.

struct Stack {
    items: [i32; 8],
    len: usize,
}

impl Stack {
    fn push(&mut self, v: i32) {
        self.items[self.len] = v;
        self.len += 1;
    }
}

enum Dir {
    North,
    South,
}

fn main() {
    let mut s = Stack { items: [0; 8], len: 0 };
    s.push(3);
    let top = s.peek(); //~ ERROR E0599
    let d = Dir::East; //~ ERROR E0599
    println!("{}", top);
}
