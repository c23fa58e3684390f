// Disjoint-set union with path compression and union by size; Kruskal's minimum spanning tree.

const N: usize = 10;

struct Dsu {
    parent: [usize; N],
    size: [usize; N],
    sets: usize,
}

impl Dsu {
    fn new() -> Dsu {
        let mut parent = [0; N];
        for i in 0..N {
            parent[i] = i;
        }
        Dsu { parent, size: [1; N], sets: N }
    }

    fn find(&mut self, x: usize) -> usize {
        let mut root = x;
        while self.parent[root] != root {
            root = self.parent[root];
        }
        let mut cur = x;
        while self.parent[cur] != root {
            let next = self.parent[cur];
            self.parent[cur] = root;
            cur = next;
        }
        root
    }

    fn union(&mut self, a: usize, b: usize) -> bool {
        let mut ra = self.find(a);
        let mut rb = self.find(b);
        if ra == rb {
            return false;
        }
        if self.size[ra] < self.size[rb] {
            let t = ra;
            ra = rb;
            rb = t;
        }
        self.parent[rb] = ra;
        self.size[ra] += self.size[rb];
        self.sets -= 1;
        true
    }
}

fn sort_edges(e: &mut [(u32, usize, usize)]) {
    for i in 1..e.len() {
        let mut j = i;
        while j > 0 && e[j - 1].0 > e[j].0 {
            let t = e[j];
            e[j] = e[j - 1];
            e[j - 1] = t;
            j -= 1;
        }
    }
}

fn main() {
    let mut d = Dsu::new();
    let pairs = [(0, 1), (2, 3), (1, 3), (4, 5), (0, 2), (7, 8), (8, 9), (9, 7)];
    for i in 0..pairs.len() {
        let (a, b) = pairs[i];
        let merged = d.union(a, b);
        println!("union({}, {}) merged={} sets={}", a, b, merged, d.sets);
    }
    for x in 0..N {
        print!("{}:{} ", x, d.find(x));
    }
    println!();

    let mut edges = [
        (4, 0, 1), (8, 0, 7), (11, 1, 7), (8, 1, 2), (7, 7, 8), (1, 7, 6), (2, 2, 8),
        (6, 8, 6), (4, 2, 5), (7, 2, 3), (2, 6, 5), (14, 3, 5), (9, 3, 4), (10, 5, 4),
    ];
    sort_edges(&mut edges);
    let mut mst = Dsu::new();
    let mut total = 0;
    for i in 0..edges.len() {
        let (w, a, b) = edges[i];
        if mst.union(a, b) {
            println!("mst edge {}-{} weight {}", a, b, w);
            total += w;
        }
    }
    println!("mst weight {} remaining sets {}", total, mst.sets);
}
