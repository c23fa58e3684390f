use std::collections::VecDeque;

#[derive(Debug, Clone, PartialEq)]
struct Task { id: u32, prio: u8, tags: Vec<&'static str> }

fn main() {
    let mut it = (1..=10).into_iter();
    let head: Vec<i32> = it.by_ref().take_while(|&x| x < 4).collect();
    let rest: Vec<i32> = it.collect();
    println!("{:?} {:?}", head, rest);
    let mut tasks = vec![
        Task { id: 1, prio: 2, tags: vec!["a"] },
        Task { id: 2, prio: 1, tags: vec![] },
        Task { id: 3, prio: 2, tags: vec!["b", "c"] },
        Task { id: 4, prio: 1, tags: vec!["a"] },
    ];
    tasks.sort_by_key(|t| t.prio);
    println!("{:?}", tasks.iter().map(|t| t.id).collect::<Vec<_>>());
    tasks.retain_mut(|t| { t.tags.push("seen"); t.id != 2 });
    println!("{:?}", tasks.iter().map(|t| (t.id, t.tags.len())).collect::<Vec<_>>());
    if let Some((first, others)) = tasks.split_first_mut() {
        first.prio = 9;
        for o in others.iter_mut().rev() { o.prio += first.prio; }
    }
    tasks.swap(0, 2);
    println!("{:?}", tasks.iter().map(|t| (t.id, t.prio)).collect::<Vec<_>>());
    let taken = std::mem::take(&mut tasks[1].tags);
    println!("{:?} {:?}", taken, tasks[1].tags);
    if let Some(last) = tasks.last_mut() { last.id *= 100; }
    if let Some(first) = tasks.first_mut() { first.tags.clear(); }
    let drained: Vec<u32> = tasks.drain(..).rev().map(|t| t.id).collect();
    println!("{:?} left {}", drained, tasks.len());
    let mut v = vec![1, 1, 2, 3, 3, 3, 4, 10, 11, 20];
    v.dedup_by_key(|x| *x / 10);
    println!("{:?}", v);
    let mut grid = vec![0u8; 12];
    for (r, row) in grid.chunks_mut(4).enumerate() { for (c, cell) in row.iter_mut().enumerate() { *cell = (r * 4 + c) as u8; } }
    println!("{:?}", grid);
    let found = grid.binary_search_by(|x| x.cmp(&7));
    println!("{:?} {:?}", found, grid.binary_search_by(|x| x.cmp(&100)));
    let mut dq: VecDeque<char> = "abcdef".chars().collect();
    dq.rotate_left(2);
    println!("{:?}", dq.iter().collect::<String>());
    dq.rotate_right(3);
    dq.push_front('z');
    println!("{:?} {:?} {:?}", dq, dq.front(), dq.back());
    let mut opt: Option<String> = Some("hi".into());
    if let Some(s) = opt.as_deref_mut() { s.make_ascii_uppercase(); }
    println!("{:?} {:?}", opt.as_deref(), opt.as_ref().map(|s| s.len()));
    let mut nums = [5, 3, 8];
    let (a, b) = nums.split_at_mut(1);
    std::mem::swap(&mut a[0], &mut b[1]);
    println!("{:?}", nums);
}
