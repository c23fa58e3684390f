use std::collections::HashMap;
use std::collections::HashSet;

struct MinHeap<T: PartialOrd> {
    data: Vec<T>,
}

impl<T: PartialOrd> MinHeap<T> {
    fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    fn push(&mut self, item: T) {
        self.data.push(item);
        let mut i = self.data.len() - 1;
        while i > 0 {
            let parent = (i - 1) / 2;
            if self.data[i] < self.data[parent] {
                self.data.swap(i, parent);
                i = parent;
            } else {
                break;
            }
        }
    }

    fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let last = self.data.len() - 1;
        self.data.swap(0, last);
        let top = self.data.pop();
        let n = self.data.len();
        let mut i = 0;
        loop {
            let (l, r) = (2 * i + 1, 2 * i + 2);
            let mut smallest = i;
            if l < n && self.data[l] < self.data[smallest] {
                smallest = l;
            }
            if r < n && self.data[r] < self.data[smallest] {
                smallest = r;
            }
            if smallest == i {
                break;
            }
            self.data.swap(i, smallest);
            i = smallest;
        }
        top
    }

    fn len(&self) -> usize {
        self.data.len()
    }
}

struct Graph {
    names: Vec<&'static str>,
    adj: Vec<Vec<(usize, u32)>>,
}

impl Graph {
    fn from_edges(edges: &[(&'static str, &'static str, u32)]) -> Graph {
        let mut index: HashMap<&str, usize> = HashMap::new();
        let mut names = Vec::new();
        let mut adj: Vec<Vec<(usize, u32)>> = Vec::new();
        for &(a, b, w) in edges {
            for name in [a, b] {
                if !index.contains_key(name) {
                    index.insert(name, names.len());
                    names.push(name);
                    adj.push(Vec::new());
                }
            }
            let (ia, ib) = (index[a], index[b]);
            adj[ia].push((ib, w));
            adj[ib].push((ia, w));
        }
        Graph { names, adj }
    }

    fn dijkstra(&self, src: usize) -> (Vec<Option<u32>>, Vec<Option<usize>>) {
        let n = self.names.len();
        let mut dist = vec![None; n];
        let mut prev = vec![None; n];
        let mut heap = MinHeap::new();
        dist[src] = Some(0);
        heap.push((0u32, src));
        let mut max_heap = 0;
        while let Some((d, u)) = heap.pop() {
            max_heap = max_heap.max(heap.len() + 1);
            if let Some(best) = dist[u] {
                if d > best {
                    continue;
                }
            }
            for &(v, w) in &self.adj[u] {
                let nd = d + w;
                let better = match dist[v] {
                    None => true,
                    Some(old) => nd < old,
                };
                if better {
                    dist[v] = Some(nd);
                    prev[v] = Some(u);
                    heap.push((nd, v));
                }
            }
        }
        println!("max heap size: {}", max_heap);
        (dist, prev)
    }

    fn path(&self, prev: &[Option<usize>], target: usize) -> Vec<&str> {
        let mut path = vec![self.names[target]];
        let mut cur = target;
        while let Some(p) = prev[cur] {
            path.push(self.names[p]);
            cur = p;
        }
        path.reverse();
        path
    }

    fn bfs_order(&self, start: usize) -> Vec<&str> {
        let mut seen = HashSet::new();
        let mut queue = vec![start];
        let mut head = 0;
        seen.insert(start);
        while head < queue.len() {
            let u = queue[head];
            head += 1;
            let mut next: Vec<usize> = self.adj[u].iter().map(|&(v, _)| v).collect();
            next.sort();
            for v in next {
                if seen.insert(v) {
                    queue.push(v);
                }
            }
        }
        queue.into_iter().map(|i| self.names[i]).collect()
    }

    fn dfs(&self, u: usize, seen: &mut Vec<bool>, out: &mut Vec<usize>) {
        seen[u] = true;
        out.push(u);
        for &(v, _) in self.adj[u].iter() {
            if !seen[v] {
                self.dfs(v, seen, out);
            }
        }
    }
}

fn main() {
    let g = Graph::from_edges(&[
        ("A", "B", 7),
        ("A", "C", 9),
        ("A", "F", 14),
        ("B", "C", 10),
        ("B", "D", 15),
        ("C", "D", 11),
        ("C", "F", 2),
        ("D", "E", 6),
        ("E", "F", 9),
        ("G", "H", 1),
    ]);
    let (dist, prev) = g.dijkstra(0);
    for (i, d) in dist.iter().enumerate() {
        match d {
            Some(d) => println!("{} -> {}: {:>3} via {}", g.names[0], g.names[i], d, g.path(&prev, i).join("-")),
            None => println!("{} -> {}: unreachable", g.names[0], g.names[i]),
        }
    }
    println!("bfs: {:?}", g.bfs_order(0));
    let mut seen = vec![false; g.names.len()];
    let mut components = Vec::new();
    for s in 0..g.names.len() {
        if !seen[s] {
            let mut comp = Vec::new();
            g.dfs(s, &mut seen, &mut comp);
            components.push(comp.iter().map(|&i| g.names[i]).collect::<Vec<_>>().concat());
        }
    }
    println!("components: {:?}", components);

    let mut h = MinHeap::new();
    for x in [5.5, 1.25, 9.0, -3.0, 2.5, 7.75] {
        h.push(x);
    }
    let mut sorted = Vec::new();
    while let Some(x) = h.pop() {
        sorted.push(format!("{:.2}", x));
    }
    println!("{}", sorted.join(" "));
}
