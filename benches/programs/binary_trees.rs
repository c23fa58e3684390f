// The binary-trees benchmark: allocate and walk many Box trees.
struct Node {
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn make(depth: u32) -> Box<Node> {
    if depth == 0 {
        Box::new(Node { left: None, right: None })
    } else {
        Box::new(Node { left: Some(make(depth - 1)), right: Some(make(depth - 1)) })
    }
}

fn check(n: &Node) -> u32 {
    let l = match &n.left {
        Some(b) => check(b),
        None => 0,
    };
    let r = match &n.right {
        Some(b) => check(b),
        None => 0,
    };
    1 + l + r
}

fn main() {
    let max_depth = 16;
    let long_lived = make(max_depth);
    let mut depth = 4;
    while depth <= max_depth {
        let iterations = 1 << (max_depth - depth + 4);
        let mut total = 0;
        for _ in 0..iterations {
            total += check(&make(depth));
        }
        println!("{} trees of depth {} check: {}", iterations, depth, total);
        depth += 4;
    }
    println!("long lived tree of depth {} check: {}", max_depth, check(&long_lived));
}
