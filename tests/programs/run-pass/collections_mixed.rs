use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet, VecDeque};
use std::ops::Bound;

#[derive(Copy, Clone, Eq, PartialEq, Debug)]
struct State {
    cost: usize,
    position: usize,
}

impl Ord for State {
    fn cmp(&self, other: &Self) -> Ordering {
        other.cost.cmp(&self.cost).then_with(|| self.position.cmp(&other.position))
    }
}

impl PartialOrd for State {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn topo_sort(deps: &BTreeMap<&str, Vec<&str>>) -> Vec<String> {
    let mut indegree: BTreeMap<&str, usize> = BTreeMap::new();
    for (node, targets) in deps {
        indegree.entry(node).or_insert(0);
        for t in targets {
            *indegree.entry(t).or_insert(0) += 1;
        }
    }
    let mut ready: VecDeque<&str> = indegree.iter().filter(|(_, d)| **d == 0).map(|(n, _)| *n).collect();
    let mut order = Vec::new();
    while let Some(n) = ready.pop_front() {
        order.push(n.to_string());
        if let Some(targets) = deps.get(n) {
            for t in targets {
                let d = indegree.get_mut(t).unwrap();
                *d -= 1;
                if *d == 0 {
                    ready.push_back(t);
                }
            }
        }
    }
    order
}

fn main() {
    let text = "one fish two fish red fish blue fish";
    let mut freq: HashMap<String, usize> = HashMap::new();
    for w in text.split(' ') {
        *freq.entry(w.to_string()).or_default() += 1;
    }
    println!("fish={} red={:?} green={:?}", freq["fish"], freq.get("red"), freq.get("green"));
    let key = String::from("two");
    println!("{} {}", freq[&key], freq.contains_key(&key[..]));
    let best = freq.iter().max_by_key(|(_, n)| **n).map(|(w, n)| (w.clone(), *n));
    println!("{:?}", best);
    let sorted: BTreeMap<&String, &usize> = freq.iter().collect();
    println!("{:?}", sorted);
    let words: BTreeSet<String> = freq.keys().cloned().collect();
    println!("{:?}", words);
    freq.remove("fish");
    let mut left: Vec<_> = freq.into_iter().collect();
    left.sort();
    println!("{:?}", left);

    let mut by_len: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for w in ["apple", "fig", "kiwi", "pear", "banana", "date"] {
        by_len.entry(w.len()).or_insert_with(Vec::new).push(w.to_uppercase());
    }
    println!("{:#?}", by_len);
    for (_, v) in by_len.iter_mut() {
        v.reverse();
    }
    println!("{:?}", by_len.values().flatten().collect::<Vec<_>>());
    let after3: Vec<_> = by_len.range((Bound::Excluded(3), Bound::Unbounded)).map(|(k, _)| k).collect();
    println!("{:?}", after3);

    let mut nested: HashMap<&str, HashSet<&str>> = HashMap::new();
    nested.entry("a").or_default().insert("x");
    nested.entry("a").or_default().insert("y");
    nested.entry("b").or_default().insert("x");
    let mut has_x: Vec<&&str> = nested.iter().filter(|(_, s)| s.contains("x")).map(|(k, _)| k).collect();
    has_x.sort();
    println!("{:?} {}", has_x, nested["a"].len());

    let mut deps: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    deps.insert("std", vec!["core", "alloc"]);
    deps.insert("alloc", vec!["core"]);
    deps.insert("app", vec!["std", "log"]);
    deps.insert("log", vec!["std"]);
    println!("{:?}", topo_sort(&deps));

    let graph: Vec<Vec<(usize, usize)>> = vec![
        vec![(2, 10), (1, 1)],
        vec![(3, 2)],
        vec![(1, 1), (3, 3), (4, 1)],
        vec![(0, 7), (4, 2)],
        vec![],
    ];
    let mut dist: Vec<_> = (0..graph.len()).map(|_| usize::MAX).collect();
    let mut heap = BinaryHeap::new();
    dist[0] = 0;
    heap.push(State { cost: 0, position: 0 });
    let mut visits = Vec::new();
    while let Some(State { cost, position }) = heap.pop() {
        visits.push(position);
        if cost > dist[position] {
            continue;
        }
        for &(next, w) in &graph[position] {
            let nc = cost + w;
            if nc < dist[next] {
                heap.push(State { cost: nc, position: next });
                dist[next] = nc;
            }
        }
    }
    println!("{:?} {:?}", dist, visits);
    let h: BinaryHeap<State> = vec![State { cost: 5, position: 1 }, State { cost: 2, position: 9 }].into();
    println!("{:?}", h.peek());
    println!("{:?}", h.into_sorted_vec());
}
