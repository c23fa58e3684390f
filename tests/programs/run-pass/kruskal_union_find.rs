// Minimum spanning trees with Kruskal's algorithm over a generic
// union-find (path compression, union by rank), edges sorted with
// sort_by_key and ties broken by endpoints; components counted afterwards.
use std::collections::HashMap;
use std::hash::Hash;

struct UnionFind<T> {
    index: HashMap<T, usize>,
    parent: Vec<usize>,
    rank: Vec<u8>,
}

impl<T: Hash + Eq + Clone> UnionFind<T> {
    fn new(items: impl IntoIterator<Item = T>) -> Self {
        let mut index = HashMap::new();
        for item in items {
            let next = index.len();
            index.entry(item).or_insert(next);
        }
        let n = index.len();
        UnionFind { index, parent: (0..n).collect(), rank: vec![0; n] }
    }

    fn find_root(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn union(&mut self, a: &T, b: &T) -> bool {
        let (ia, ib) = (self.index[a], self.index[b]);
        let (ra, rb) = (self.find_root(ia), self.find_root(ib));
        if ra == rb {
            return false;
        }
        match self.rank[ra].cmp(&self.rank[rb]) {
            std::cmp::Ordering::Less => self.parent[ra] = rb,
            std::cmp::Ordering::Greater => self.parent[rb] = ra,
            std::cmp::Ordering::Equal => {
                self.parent[rb] = ra;
                self.rank[ra] += 1;
            }
        }
        true
    }

    fn components(&mut self) -> usize {
        let n = self.parent.len();
        let mut roots: Vec<usize> = (0..n).map(|i| self.find_root(i)).collect();
        roots.sort_unstable();
        roots.dedup();
        roots.len()
    }
}

#[derive(Debug, Clone)]
struct Edge<'a> {
    from: &'a str,
    to: &'a str,
    weight: u32,
}

fn kruskal<'a>(nodes: &[&'a str], edges: &[Edge<'a>]) -> (Vec<Edge<'a>>, u32, usize) {
    let mut sorted = edges.to_vec();
    sorted.sort_by_key(|e| (e.weight, e.from, e.to));
    let mut uf = UnionFind::new(nodes.iter().copied());
    let mut tree = Vec::new();
    for e in sorted {
        if uf.union(&e.from, &e.to) {
            tree.push(e);
        }
    }
    let total = tree.iter().map(|e| e.weight).sum();
    (tree, total, uf.components())
}

fn main() {
    let nodes = ["a", "b", "c", "d", "e", "f", "g"];
    let raw = [("a", "b", 7), ("a", "d", 5), ("b", "c", 8), ("b", "d", 9), ("b", "e", 7), ("c", "e", 5), ("d", "e", 15), ("d", "f", 6), ("e", "f", 8), ("e", "g", 9), ("f", "g", 11)];
    let edges: Vec<Edge> = raw.iter().map(|&(from, to, weight)| Edge { from, to, weight }).collect();
    let (tree, total, components) = kruskal(&nodes, &edges);
    for e in &tree {
        println!("{}-{} ({})", e.from, e.to, e.weight);
    }
    println!("total {total}, {} edges, {components} component(s)", tree.len());

    let islands = ["x", "y", "z", "w"];
    let bridges = [Edge { from: "x", to: "y", weight: 1 }, Edge { from: "z", to: "w", weight: 2 }];
    let (tree, total, components) = kruskal(&islands, &bridges);
    println!("{:?} total {total}, {components} components", tree.iter().map(|e| format!("{}{}", e.from, e.to)).collect::<Vec<_>>());
}
