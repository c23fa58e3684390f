#[derive(Debug)]
enum Tree {
    Leaf(i32),
    Node(Box<Tree>, Box<Tree>),
}

struct Pair {
    name: String,
    tags: Vec<String>,
    n: u32,
}

fn sum(t: Tree) -> i32 {
    match t {
        Tree::Leaf(v) => v,
        Tree::Node(l, r) => sum(*l) + sum(*r),
    }
}

fn into_parts(b: Box<Pair>) -> (String, usize) {
    let Pair { name, tags, .. } = *b;
    (name, tags.len())
}

fn take_name(b: Box<Pair>) -> String {
    b.name
}

fn main() {
    let t = Tree::Node(Box::new(Tree::Leaf(1)), Box::new(Tree::Node(Box::new(Tree::Leaf(2)), Box::new(Tree::Leaf(3)))));
    println!("{}", sum(t));
    let p = Box::new(Pair { name: "x".to_string(), tags: vec!["a".into(), "b".into()], n: 3 });
    println!("{:?}", into_parts(p));
    let q = Box::new(Pair { name: "y".to_string(), tags: vec![], n: 1 });
    println!("{}", take_name(q));
    let nested = Box::new((String::from("l"), String::from("r")));
    let (l, r) = *nested;
    println!("{} {}", l, r);
    let bt = Box::new(Tree::Node(Box::new(Tree::Leaf(7)), Box::new(Tree::Leaf(8))));
    if let Tree::Node(a, _) = *bt {
        println!("{:?}", a);
    }
}
