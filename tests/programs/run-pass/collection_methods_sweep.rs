// A sweep over collection methods everyday code uses: map entries and retain, set algebra, BTreeMap ranges and ends, VecDeque rotation and sorting, BinaryHeap, Vec resizing/dedup/drain, cached-key sorting, concat of arrays.
use std::collections::{HashMap, HashSet, BTreeMap, BTreeSet, VecDeque, BinaryHeap};
fn main() {
    let mut m: HashMap<String, Vec<u32>> = HashMap::new();
    m.entry("a".into()).or_default().push(1);
    m.entry("b".into()).or_insert_with(Vec::new).push(2);
    m.entry("a".into()).and_modify(|v| v.push(9)).or_default();
    let mut keys: Vec<_> = m.keys().cloned().collect(); keys.sort(); println!("{:?}", keys);
    println!("{:?} {:?}", m.get("a"), m.contains_key("z"));
    m.retain(|k, _| k != "b");
    println!("{}", m.len());
    if let Some(v) = m.get_mut("a") { v.clear(); }
    println!("{:?}", m.remove_entry("a"));
    let mut hm: HashMap<i32, i32> = (0..5).map(|i| (i, i * i)).collect();
    for v in hm.values_mut() { *v += 1; }
    let mut pairs: Vec<_> = hm.iter().map(|(k, v)| (*k, *v)).collect(); pairs.sort(); println!("{:?}", pairs);
    let mut ks: Vec<i32> = hm.clone().into_keys().collect(); ks.sort(); println!("{:?}", ks);
    let mut vs: Vec<i32> = hm.into_values().collect(); vs.sort(); println!("{:?}", vs);
    let a: HashSet<i32> = [1, 2, 3, 4].into_iter().collect();
    let b: HashSet<i32> = [3, 4, 5].into();
    let mut u: Vec<_> = a.union(&b).copied().collect(); u.sort();
    let mut i: Vec<_> = a.intersection(&b).copied().collect(); i.sort();
    let mut d: Vec<_> = a.difference(&b).copied().collect(); d.sort();
    let mut s: Vec<_> = a.symmetric_difference(&b).copied().collect(); s.sort();
    println!("{:?} {:?} {:?} {:?} {}", u, i, d, s, a.is_subset(&b));
    let mut bt = BTreeMap::new();
    for (i, w) in ["d", "a", "c", "b"].iter().enumerate() { bt.insert(*w, i); }
    println!("{:?} {:?} {:?}", bt.first_key_value(), bt.last_key_value(), bt.range("b".."d").collect::<Vec<_>>());
    println!("{:?} {:?}", bt.pop_first(), bt);
    *bt.entry("z").or_insert(0) += 5;
    println!("{:?}", bt.iter().rev().next());
    let bs: BTreeSet<u8> = [5, 1, 9, 3].into_iter().collect();
    println!("{:?} {:?} {:?} {:?}", bs.first(), bs.last(), bs.range(2..6).collect::<Vec<_>>(), bs.iter().rev().collect::<Vec<_>>());
    let mut dq: VecDeque<i32> = VecDeque::new();
    dq.push_back(1); dq.push_back(2); dq.push_front(0);
    dq.extend([7, 8]);
    dq.rotate_left(2);
    println!("{:?} {} {:?} {:?}", dq, dq[1], dq.front(), dq.back());
    println!("{:?}", dq.iter().rev().collect::<Vec<_>>());
    dq.make_contiguous().sort();
    println!("{:?} {:?}", dq, dq.iter().position(|&x| x == 7));
    let mut heap = BinaryHeap::from(vec![3, 1, 4, 1, 5]);
    println!("{:?} {}", heap.peek(), heap.len());
    heap.push(9);
    println!("{:?}", heap.clone().into_sorted_vec());
    let mut out = vec![]; while let Some(x) = heap.pop() { out.push(x); } println!("{:?}", out);
    let counts = "hello world".chars().filter(|c| c.is_alphabetic()).fold(BTreeMap::new(), |mut m, c| { *m.entry(c).or_insert(0) += 1; m });
    println!("{:?}", counts);
    let mut v = vec![3, 1, 2];
    v.resize(5, 0); println!("{:?}", v);
    v.resize_with(6, Default::default); println!("{:?}", v);
    v.dedup(); v.retain_mut(|x| { *x += 1; *x > 1 }); println!("{:?}", v);
    let mut w = vec![1, 1, 2, 3, 3, 3, 4];
    w.dedup_by_key(|x| *x / 2); println!("{:?}", w);
    let (l, r) = w.split_at_mut(1); l[0] = 10; r[0] = 20; println!("{:?}", w);
    let drained: Vec<_> = w.drain(1..).collect(); println!("{:?} {:?}", w, drained);
    let mut x = vec![5, 4, 3, 2, 1]; x.select_nth_unstable(2); println!("{}", x[2]);
    let mut y = vec!["bb", "a", "ccc"]; y.sort_by_cached_key(|s| s.len()); println!("{:?}", y);
    println!("{:?}", [[1, 2], [3, 4]].concat());

    let mut z = vec![1, 2, 3]; z.extend_from_within(..2); z.insert(1, 9); z.swap_remove(0); println!("{:?}", z);
    let m = z.iter().max_by(|a, b| a.cmp(b)).copied(); println!("{:?} {:?}", m, z.first_mut().map(|f| { *f *= 2; *f }));
}
