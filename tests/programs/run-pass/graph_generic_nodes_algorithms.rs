use std::collections::{HashMap, HashSet, VecDeque, BTreeMap};

// Graph algorithms over a generic adjacency list keyed by any hashable node.
struct Graph<N> { adj: HashMap<N, Vec<(N, u32)>> }

impl<N: Copy + Eq + std::hash::Hash + Ord + std::fmt::Debug> Graph<N> {
    fn new() -> Self { Graph { adj: HashMap::new() } }
    fn edge(&mut self, a: N, b: N, w: u32) -> &mut Self {
        self.adj.entry(a).or_default().push((b, w));
        self.adj.entry(b).or_default().push((a, w));
        self
    }
    fn nodes(&self) -> Vec<N> { let mut v: Vec<N> = self.adj.keys().copied().collect(); v.sort(); v }
    fn bfs_order(&self, start: N) -> Vec<N> {
        let mut seen = HashSet::from([start]);
        let mut q = VecDeque::from(vec![start]);
        let mut out = vec![];
        while let Some(n) = q.pop_front() {
            out.push(n);
            let mut next: Vec<N> = self.adj[&n].iter().map(|&(m, _)| m).filter(|m| !seen.contains(m)).collect();
            next.sort();
            next.dedup();
            for m in next { seen.insert(m); q.push_back(m); }
        }
        out
    }
    fn dfs(&self, n: N, seen: &mut HashSet<N>, out: &mut Vec<N>) {
        if !seen.insert(n) { return; }
        out.push(n);
        let mut next: Vec<N> = self.adj[&n].iter().map(|e| e.0).collect();
        next.sort_unstable();
        for m in next { self.dfs(m, seen, out); }
    }
    fn components(&self) -> Vec<Vec<N>> {
        let mut seen = HashSet::new();
        let mut comps = vec![];
        for n in self.nodes() {
            if seen.contains(&n) { continue; }
            let mut c = vec![];
            self.dfs(n, &mut seen, &mut c);
            c.sort();
            comps.push(c);
        }
        comps
    }
    fn dijkstra(&self, s: N) -> BTreeMap<N, u32> {
        let mut dist: BTreeMap<N, u32> = BTreeMap::new();
        let mut frontier: Vec<(u32, N)> = vec![(0, s)];
        while !frontier.is_empty() {
            frontier.sort_by(|a, b| b.cmp(a));
            let (d, n) = frontier.pop().unwrap();
            if dist.contains_key(&n) { continue; }
            dist.insert(n, d);
            for &(m, w) in &self.adj[&n] {
                if !dist.contains_key(&m) { frontier.push((d + w, m)); }
            }
        }
        dist
    }
    fn mst_weight(&self) -> u32 {
        let mut edges: Vec<(u32, N, N)> = self.adj.iter().flat_map(|(&a, es)| es.iter().filter(move |(b, _)| a < *b).map(move |&(b, w)| (w, a, b))).collect();
        edges.sort();
        let mut parent: HashMap<N, N> = self.nodes().into_iter().map(|n| (n, n)).collect();
        fn find<N: Copy + Eq + std::hash::Hash>(p: &mut HashMap<N, N>, x: N) -> N {
            let px = p[&x];
            if px == x { return x; }
            let r = find(p, px);
            p.insert(x, r);
            r
        }
        let mut total = 0;
        for (w, a, b) in edges {
            let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
            if ra != rb { parent.insert(ra, rb); total += w; }
        }
        total
    }
}

fn main() {
    let mut g = Graph::new();
    g.edge('a', 'b', 4).edge('a', 'c', 1).edge('c', 'b', 2).edge('b', 'd', 5).edge('c', 'd', 8).edge('d', 'e', 3);
    g.edge('x', 'y', 1);
    println!("nodes {:?}", g.nodes());
    println!("bfs {:?}", g.bfs_order('a'));
    println!("components {:?}", g.components());
    println!("dijkstra {:?}", g.dijkstra('a'));
    println!("mst {}", g.mst_weight());
    let mut h: Graph<(i32, i32)> = Graph::new();
    for i in 0..3 { for j in 0..3 {
        if i < 2 { h.edge((i, j), (i + 1, j), (i + j) as u32 + 1); }
        if j < 2 { h.edge((i, j), (i, j + 1), 2); }
    } }
    let d = h.dijkstra((0, 0));
    println!("{:?} -> {:?}", d.iter().next_back(), d.values().max());
    println!("mst {} comps {}", h.mst_weight(), h.components().len());
}
