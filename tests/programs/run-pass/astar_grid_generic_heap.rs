use std::collections::{HashMap, HashSet};
use std::hash::Hash;

/// A min-heap by key, written by hand over a Vec.
struct MinHeap<K: Ord, V> {
    items: Vec<(K, V)>,
}

impl<K: Ord, V> MinHeap<K, V> {
    fn new() -> Self {
        MinHeap { items: Vec::new() }
    }
    fn len(&self) -> usize {
        self.items.len()
    }
    fn push(&mut self, key: K, value: V) {
        self.items.push((key, value));
        let mut i = self.items.len() - 1;
        while i > 0 {
            let parent = (i - 1) / 2;
            if self.items[i].0 >= self.items[parent].0 {
                break;
            }
            self.items.swap(i, parent);
            i = parent;
        }
    }
    fn pop(&mut self) -> Option<(K, V)> {
        if self.items.is_empty() {
            return None;
        }
        let last = self.items.len() - 1;
        self.items.swap(0, last);
        let top = self.items.pop();
        let n = self.items.len();
        let mut i = 0;
        loop {
            let (l, r) = (2 * i + 1, 2 * i + 2);
            let mut smallest = i;
            if l < n && self.items[l].0 < self.items[smallest].0 {
                smallest = l;
            }
            if r < n && self.items[r].0 < self.items[smallest].0 {
                smallest = r;
            }
            if smallest == i {
                break;
            }
            self.items.swap(i, smallest);
            i = smallest;
        }
        top
    }
}

trait SearchSpace {
    type Node: Copy + Eq + Hash + std::fmt::Debug;
    fn neighbors(&self, n: Self::Node) -> Vec<(Self::Node, u32)>;
    fn heuristic(&self, n: Self::Node, goal: Self::Node) -> u32;
}

fn astar<S: SearchSpace>(space: &S, start: S::Node, goal: S::Node) -> Option<(u32, Vec<S::Node>, usize)> {
    let mut open = MinHeap::new();
    let mut best: HashMap<S::Node, u32> = HashMap::new();
    let mut came_from: HashMap<S::Node, S::Node> = HashMap::new();
    let mut closed = HashSet::new();
    best.insert(start, 0);
    open.push((space.heuristic(start, goal), 0u32), start);
    let mut expanded = 0;
    while let Some(((_, g), node)) = open.pop() {
        if !closed.insert(node) {
            continue;
        }
        expanded += 1;
        if node == goal {
            let mut path = vec![node];
            let mut cur = node;
            while let Some(&prev) = came_from.get(&cur) {
                path.push(prev);
                cur = prev;
            }
            path.reverse();
            return Some((g, path, expanded));
        }
        for (next, cost) in space.neighbors(node) {
            let ng = g + cost;
            if best.get(&next).map_or(true, |&old| ng < old) {
                best.insert(next, ng);
                came_from.insert(next, node);
                open.push((ng + space.heuristic(next, goal), ng), next);
            }
        }
    }
    None
}

struct Grid {
    cells: Vec<Vec<char>>,
}

impl SearchSpace for Grid {
    type Node = (usize, usize);
    fn neighbors(&self, (r, c): (usize, usize)) -> Vec<((usize, usize), u32)> {
        let mut out = Vec::with_capacity(4);
        let deltas: [(isize, isize); 4] = [(-1, 0), (1, 0), (0, -1), (0, 1)];
        for (dr, dc) in deltas {
            let (nr, nc) = (r as isize + dr, c as isize + dc);
            if nr < 0 || nc < 0 {
                continue;
            }
            let (nr, nc) = (nr as usize, nc as usize);
            match self.cells.get(nr).and_then(|row| row.get(nc)) {
                Some('#') | None => {}
                Some('~') => out.push(((nr, nc), 5)),
                Some(_) => out.push(((nr, nc), 1)),
            }
        }
        out
    }
    fn heuristic(&self, (r, c): (usize, usize), (gr, gc): (usize, usize)) -> u32 {
        (r.abs_diff(gr) + c.abs_diff(gc)) as u32
    }
}

struct Line;

impl SearchSpace for Line {
    type Node = i32;
    fn neighbors(&self, n: i32) -> Vec<(i32, u32)> {
        vec![(n + 1, 1), (n - 1, 1), (n * 2, 1)]
    }
    fn heuristic(&self, _: i32, _: i32) -> u32 {
        0
    }
}

fn main() {
    let map = [
        "S....#....",
        ".##..#.##.",
        ".#...~..#.",
        ".#.###..#.",
        "...#...~~G",
    ];
    let grid = Grid { cells: map.iter().map(|r| r.chars().collect()).collect() };
    let find = |ch: char| {
        grid.cells.iter().enumerate().find_map(|(r, row)| row.iter().position(|&c| c == ch).map(|c| (r, c)))
    };
    let (start, goal) = (find('S').unwrap(), find('G').unwrap());
    match astar(&grid, start, goal) {
        Some((cost, path, expanded)) => {
            println!("cost {} in {} steps, expanded {}", cost, path.len() - 1, expanded);
            let mut canvas = grid.cells.clone();
            for &(r, c) in &path[1..path.len() - 1] {
                canvas[r][c] = '*';
            }
            for row in canvas {
                println!("{}", row.into_iter().collect::<String>());
            }
        }
        None => println!("no path"),
    }
    let walled = Grid { cells: vec!["S#G".chars().collect()] };
    println!("walled: {:?}", astar(&walled, (0, 0), (0, 2)).map(|r| r.0));
    let (cost, path, _) = astar(&Line, 3, 25).unwrap();
    println!("line 3 -> 25: cost {} via {:?}", cost, path);
    let mut h = MinHeap::new();
    for (i, w) in ["delta", "alpha", "charlie", "bravo"].iter().enumerate() {
        h.push(*w, i);
    }
    let mut order = Vec::new();
    while let Some((k, v)) = h.pop() {
        order.push(format!("{}:{}", k, v));
    }
    println!("heap order: {} (left {})", order.join(" "), h.len());
}
