use std::fmt::{self, Debug, Display};

#[derive(Debug)]
struct Node<T> {
    value: T,
    left: Option<Box<Node<T>>>,
    right: Option<Box<Node<T>>>,
}

#[derive(Debug)]
struct Bst<T> {
    root: Option<Box<Node<T>>>,
    len: usize,
}

impl<T: Ord + Display> Bst<T> {
    fn new() -> Self {
        Bst { root: None, len: 0 }
    }

    fn insert(&mut self, value: T) -> bool {
        let mut cur = &mut self.root;
        while let Some(node) = cur {
            if value == node.value {
                return false;
            }
            cur = if value < node.value { &mut node.left } else { &mut node.right };
        }
        *cur = Some(Box::new(Node { value, left: None, right: None }));
        self.len += 1;
        true
    }

    fn contains(&self, value: &T) -> bool {
        let mut cur = self.root.as_ref();
        while let Some(node) = cur {
            match value.cmp(&node.value) {
                std::cmp::Ordering::Less => cur = node.left.as_ref(),
                std::cmp::Ordering::Greater => cur = node.right.as_ref(),
                std::cmp::Ordering::Equal => return true,
            }
        }
        false
    }

    fn height(&self) -> usize {
        fn h<T>(n: &Option<Box<Node<T>>>) -> usize {
            match n {
                None => 0,
                Some(b) => 1 + h(&b.left).max(h(&b.right)),
            }
        }
        h(&self.root)
    }

    fn in_order(&self) -> Vec<&T> {
        fn walk<'a, T>(n: &'a Option<Box<Node<T>>>, out: &mut Vec<&'a T>) {
            if let Some(node) = n {
                walk(&node.left, out);
                out.push(&node.value);
                walk(&node.right, out);
            }
        }
        let mut out = Vec::with_capacity(self.len);
        walk(&self.root, &mut out);
        out
    }

    fn min(&self) -> Option<&T> {
        let mut node = self.root.as_ref()?;
        while let Some(l) = node.left.as_ref() {
            node = l;
        }
        Some(&node.value)
    }

    fn render(&self) -> String {
        fn go<T: Display>(n: &Option<Box<Node<T>>>, s: &mut String) {
            match n {
                None => s.push('.'),
                Some(node) => {
                    s.push('(');
                    go(&node.left, s);
                    s.push_str(&format!(" {} ", node.value));
                    go(&node.right, s);
                    s.push(')');
                }
            }
        }
        let mut s = String::new();
        go(&self.root, &mut s);
        s
    }
}

struct Stack<T> {
    items: Vec<T>,
}

impl<T: Clone + Debug> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, t: T) -> &mut Self {
        self.items.push(t);
        self
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
}

struct Queue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

impl<T> Queue<T> {
    fn new() -> Self {
        Queue { inbox: Vec::new(), outbox: Vec::new() }
    }
    fn enqueue(&mut self, t: T) {
        self.inbox.push(t);
    }
    fn dequeue(&mut self) -> Option<T> {
        if self.outbox.is_empty() {
            while let Some(x) = self.inbox.pop() {
                self.outbox.push(x);
            }
        }
        self.outbox.pop()
    }
}

impl<T: Display> Display for Stack<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[")?;
        for (i, x) in self.items.iter().enumerate() {
            if i > 0 {
                write!(f, " | ")?;
            }
            write!(f, "{}", x)?;
        }
        write!(f, "]")
    }
}

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> Option<T> {
    let mut it = xs.iter();
    let mut best = *it.next()?;
    for &x in it {
        if x > best {
            best = x;
        }
    }
    Some(best)
}

fn main() {
    let mut tree = Bst::new();
    for x in [50, 30, 70, 20, 40, 60, 80, 30, 65, 10] {
        let fresh = tree.insert(x);
        if !fresh {
            println!("duplicate {}", x);
        }
    }
    println!("len={} height={} min={:?}", tree.len, tree.height(), tree.min());
    println!("{:?}", tree.in_order());
    println!("{}", tree.render());
    println!("contains 65: {}, contains 66: {}", tree.contains(&65), tree.contains(&66));

    let mut words: Bst<String> = Bst::new();
    for w in "the quick brown fox jumps over the lazy dog".split(' ') {
        words.insert(w.to_string());
    }
    let joined: Vec<String> = words.in_order().into_iter().cloned().collect();
    println!("{} words: {}", words.len, joined.join(","));
    let empty: Bst<i32> = Bst::new();
    println!("empty: {:?} {:?} {}", empty.min(), empty.in_order(), empty.render());

    let mut st: Stack<&str> = Stack::new();
    st.push("a").push("b").push("c");
    println!("{} peek={:?} len={}", st, st.peek(), st.len());
    while let Some(top) = st.pop() {
        print!("{} ", top);
    }
    println!();

    let mut q = Queue::new();
    for i in 1..=3 {
        q.enqueue(i * 10);
    }
    let first = q.dequeue();
    q.enqueue(40);
    let rest: Vec<i32> = std::iter::from_fn(|| q.dequeue()).collect();
    println!("{:?} {:?}", first, rest);

    println!("{:?} {:?} {:?}", largest(&[3, 9, 2]), largest(&[1.5, -2.0]), largest::<char>(&[]));
}
