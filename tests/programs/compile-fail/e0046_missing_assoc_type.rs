// An iterator impl without its `Item` type, and a trait impl missing a type.

struct Evens {
    next: u32,
}

impl Iterator for Evens { //~ ERROR E0046
    fn next(&mut self) -> Option<u32> {
        let n = self.next;
        self.next += 2;
        Some(n)
    }
}

trait Container {
    type Item;
    fn get(&self, i: usize) -> Option<&Self::Item>;
    fn first(&self) -> Option<&Self::Item> {
        self.get(0)
    }
}

struct Stack {
    items: Vec<i32>,
}

impl Container for Stack { //~ ERROR E0046
    fn get(&self, i: usize) -> Option<&i32> {
        self.items.get(i)
    }
}

fn main() {
    let s = Stack { items: vec![1] };
    println!("{:?}", s.get(0));
}
