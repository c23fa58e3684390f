use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Task {
    priority: u8,
    name: &'static str,
}

fn dijkstra(adj: &Vec<Vec<(usize, u64)>>, start: usize) -> Vec<Option<u64>> {
    let mut dist: Vec<Option<u64>> = vec![None; adj.len()];
    let mut heap = BinaryHeap::new();
    dist[start] = Some(0);
    heap.push(Reverse((0u64, start)));
    while let Some(Reverse((d, u))) = heap.pop() {
        if let Some(best) = dist[u] {
            if d > best {
                continue;
            }
        }
        for &(v, w) in &adj[u] {
            let nd = d + w;
            if dist[v].map_or(true, |old| nd < old) {
                dist[v] = Some(nd);
                heap.push(Reverse((nd, v)));
            }
        }
    }
    dist
}

fn main() {
    let mut h = BinaryHeap::new();
    for x in [5, 1, 8, 3, 9, 2, 7] {
        h.push(x);
    }
    println!("{:?}", h);
    println!("{:?} {}", h.peek(), h.len());
    println!("{:?} {:?}", h.pop(), h.pop());
    println!("{:?}", h);
    println!("{:?}", h.clone().into_sorted_vec());
    println!("{:?}", h.clone().into_vec());
    let mut drained = Vec::new();
    while let Some(x) = h.pop() {
        drained.push(x);
    }
    println!("{:?} {}", drained, h.is_empty());

    let from_vec = BinaryHeap::from(vec![4, 10, 3, 5, 1, 6, 6, 2]);
    println!("{:?}", from_vec);
    let mut min_heap: BinaryHeap<Reverse<i32>> = [4, 10, 3, 5].into_iter().map(Reverse).collect();
    println!("{:?}", min_heap);
    min_heap.push(Reverse(0));
    println!("{:?}", min_heap.peek());
    println!("{:?}", min_heap.pop().map(|Reverse(x)| x));
    let mut tasks = BinaryHeap::new();
    tasks.push(Task { priority: 2, name: "write" });
    tasks.push(Task { priority: 9, name: "fix" });
    tasks.push(Task { priority: 2, name: "read" });
    tasks.push(Task { priority: 5, name: "test" });
    while let Some(t) = tasks.pop() {
        println!("{} {}", t.priority, t.name);
    }
    let mut ext = BinaryHeap::from([1, 2, 3]);
    ext.extend(vec![10, 0, 7]);
    println!("{:?}", ext);
    let mut big: BinaryHeap<u32> = (0..40).map(|i| (i * 37) % 41).collect();
    big.extend([100, 50]);
    println!("{:?}", big);
    println!("{:?}", big.iter().take(3).collect::<Vec<_>>());
    let total: u32 = big.into_iter().sum();
    println!("{}", total);

    let edges = [(0, 1, 7), (0, 2, 9), (0, 5, 14), (1, 2, 10), (1, 3, 15), (2, 3, 11), (2, 5, 2), (3, 4, 6), (4, 5, 9)];
    let mut adj = vec![Vec::new(); 7];
    for &(a, b, w) in edges.iter() {
        adj[a].push((b, w));
        adj[b].push((a, w));
    }
    let dist = dijkstra(&adj, 0);
    for (i, d) in dist.iter().enumerate() {
        match d {
            Some(d) => println!("0 -> {}: {}", i, d),
            None => println!("0 -> {}: unreachable", i),
        }
    }
    let mut words = vec!["pear", "fig", "banana", "kiwi"];
    words.sort_by_key(|w| Reverse(w.len()));
    println!("{:?}", words);
    println!("{} {:?}", Reverse(1) < Reverse(2), Reverse(3).max(Reverse(4)));
}
