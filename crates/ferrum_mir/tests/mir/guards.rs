struct N(i32);

impl Drop for N {
    fn drop(&mut self) {}
}

fn matching(o: Option<N>) -> i32 {
    match o {
        Some(n) if n.0 > 100 => n.0,
        Some(n) => n.0 + 1,
        None => 0,
    }
}

fn main() {}
