struct Stack<T> {
    items: Vec<T>,
    max_seen: usize,
}

impl<T: Clone> Stack<T> {
    fn new() -> Stack<T> {
        Stack { items: Vec::new(), max_seen: 0 }
    }

    fn push(&mut self, x: T) {
        self.items.push(x);
        if self.items.len() > self.max_seen {
            self.max_seen = self.items.len();
        }
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

    fn snapshot(&self) -> Vec<T> {
        self.items.clone()
    }
}

fn balanced(s: &str) -> bool {
    let mut st: Stack<char> = Stack::new();
    let b = s.as_bytes();
    for i in 0..b.len() {
        let c = b[i] as char;
        if c == '(' || c == '[' || c == '{' {
            st.push(c);
        } else if c == ')' || c == ']' || c == '}' {
            let open = match st.pop() {
                Some(o) => o,
                None => return false,
            };
            let ok = (open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}');
            if !ok {
                return false;
            }
        }
    }
    st.len() == 0
}

fn main() {
    let mut s: Stack<String> = Stack::new();
    s.push(String::from("a"));
    s.push(String::from("b"));
    s.push(String::from("c"));
    println!("peek {}", s.peek().unwrap().as_str());
    let snap = s.snapshot();
    s.pop();
    s.pop();
    println!("len {} max {} snapshot {}", s.len(), s.max_seen, snap.len());
    let cases = ["(a[b]{c})", "(]", "((", "", "{[()()]}", "())"];
    for i in 0..cases.len() {
        println!("{:<10} balanced: {}", cases[i], balanced(cases[i]));
    }
}
