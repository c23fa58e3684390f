use std::cmp::{Ordering, Reverse};
use std::collections::{BTreeMap, BinaryHeap, HashMap};

#[derive(Debug)]
enum Node {
    Leaf { ch: char, freq: usize },
    Internal { freq: usize, left: Box<Node>, right: Box<Node> },
}

impl Node {
    fn freq(&self) -> usize {
        match self {
            Node::Leaf { freq, .. } | Node::Internal { freq, .. } => *freq,
        }
    }
    fn smallest_char(&self) -> char {
        match self {
            Node::Leaf { ch, .. } => *ch,
            Node::Internal { left, right, .. } => left.smallest_char().min(right.smallest_char()),
        }
    }
}

struct ByFreq(Box<Node>);

impl PartialEq for ByFreq {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for ByFreq {}
impl PartialOrd for ByFreq {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for ByFreq {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0
            .freq()
            .cmp(&other.0.freq())
            .then_with(|| self.0.smallest_char().cmp(&other.0.smallest_char()))
    }
}

fn build_tree(text: &str) -> Option<Box<Node>> {
    let mut counts: HashMap<char, usize> = HashMap::new();
    for c in text.chars() {
        *counts.entry(c).or_insert(0) += 1;
    }
    let mut heap = BinaryHeap::new();
    for (&ch, &freq) in &counts {
        heap.push(Reverse(ByFreq(Box::new(Node::Leaf { ch, freq }))));
    }
    while heap.len() > 1 {
        let Reverse(ByFreq(a)) = heap.pop()?;
        let Reverse(ByFreq(b)) = heap.pop()?;
        let freq = a.freq() + b.freq();
        heap.push(Reverse(ByFreq(Box::new(Node::Internal { freq, left: a, right: b }))));
    }
    heap.pop().map(|Reverse(ByFreq(n))| n)
}

fn assign_codes(node: &Node, prefix: String, codes: &mut BTreeMap<char, String>) {
    match node {
        Node::Leaf { ch, .. } => {
            let code = if prefix.is_empty() { "0".to_string() } else { prefix };
            codes.insert(*ch, code);
        }
        Node::Internal { left, right, .. } => {
            assign_codes(left, format!("{}0", prefix), codes);
            assign_codes(right, prefix + "1", codes);
        }
    }
}

fn encode(text: &str, codes: &BTreeMap<char, String>) -> String {
    text.chars().map(|c| codes[&c].as_str()).collect()
}

fn decode(bits: &str, root: &Node) -> String {
    let mut out = String::new();
    let mut cur = root;
    for b in bits.chars() {
        if let Node::Internal { left, right, .. } = cur {
            cur = if b == '0' { left } else { right };
        }
        if let Node::Leaf { ch, .. } = cur {
            out.push(*ch);
            cur = root;
        }
    }
    out
}

fn depth(node: &Node) -> usize {
    match node {
        Node::Leaf { .. } => 0,
        Node::Internal { left, right, .. } => 1 + depth(left).max(depth(right)),
    }
}

fn main() {
    let samples = ["abracadabra", "mississippi river", "aaaa", "the quick brown fox jumps over the lazy dog"];
    for text in samples {
        let root = build_tree(text).expect("non-empty text");
        let mut codes = BTreeMap::new();
        assign_codes(&root, String::new(), &mut codes);
        let bits = encode(text, &codes);
        let back = decode(&bits, &root);
        println!("text: {:?}", text);
        println!("  root freq {} depth {}", root.freq(), depth(&root));
        for (ch, code) in codes.iter().take(6) {
            println!("  {:?} -> {}", ch, code);
        }
        let ratio = bits.len() as f64 / (text.len() * 8) as f64;
        println!("  {} bits vs {} ({:.3}), round trip ok: {}", bits.len(), text.len() * 8, ratio, back == text);
    }
    let empty = build_tree("");
    println!("empty tree: {:?}", empty.map(|n| n.freq()));
}
