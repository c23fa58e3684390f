fn main() {
    let v: Vec<i32> = (1..=12).collect();
    let running: Vec<i32> = v.iter().scan(0, |acc, &x| { *acc += x; if *acc > 40 { None } else { Some(*acc) } }).collect();
    println!("{:?}", running);
    let pairs: Vec<(i32, char)> = v.iter().take(3).flat_map(|&n| "ab".chars().map(move |c| (n, c))).collect();
    println!("{:?}", pairs);
    let mut it = v.iter().peekable();
    let mut groups = Vec::new();
    while let Some(&first) = it.next() {
        let mut g = vec![first];
        while let Some(&&x) = it.peek() { if x / 4 == first / 4 { g.push(x); it.next(); } else { break; } }
        groups.push(g);
    }
    println!("{:?}", groups);
    let mut p = [1, 2, 3, 10, 11].into_iter().peekable();
    let small: Vec<i32> = std::iter::from_fn(|| p.next_if(|&x| x < 5)).collect();
    println!("{:?} rest {:?}", small, p.collect::<Vec<_>>());
    println!("{:?}", v.chunks_exact(5).map(|c| c.iter().sum::<i32>()).collect::<Vec<_>>());
    println!("{:?}", v.chunks_exact(5).remainder());
    println!("{:?}", (0..10).rev().step_by(3).collect::<Vec<_>>());
    println!("{:?}", v.iter().rev().enumerate().filter(|(i, _)| i % 4 == 0).map(|(_, x)| x).collect::<Vec<_>>());
    let fs = [1.5f32, 2.25, -0.5];
    println!("{} {} {:?}", fs.iter().sum::<f32>(), fs.iter().product::<f32>(), fs.iter().cloned().fold(f32::MIN, f32::max));
    let words = ["apple", "fig", "banana", "kiwi", "cherry"];
    println!("{:?} {:?}", words.iter().max_by_key(|w| w.len()), words.iter().min_by_key(|w| (w.len(), std::cmp::Reverse(**w))));
    println!("{:?} {:?}", words.iter().rev().nth(1), words.iter().nth_back(0));
    println!("{:?}", words.iter().map(|w| w.len()).rposition(|l| l == 4));
    let (short, long): (Vec<&str>, Vec<&str>) = words.iter().partition(|w| w.len() < 5);
    println!("{:?} {:?}", short, long);
    let (idx, lens): (Vec<usize>, Vec<usize>) = words.iter().enumerate().map(|(i, w)| (i, w.len())).unzip();
    println!("{:?} {:?}", idx, lens);
    println!("{}", words.iter().any(|w| w.starts_with('k')) && words.iter().all(|w| w.len() > 2));
    let total: Option<u8> = [100u8, 100, 100].iter().try_fold(0u8, |a, &x| a.checked_add(x));
    let ok: Result<i32, String> = ["1", "2", "x"].iter().map(|s| s.parse::<i32>().map_err(|e| e.to_string())).sum();
    println!("{:?} {:?}", total, ok);
    println!("{:?}", "a-b_c d".split(['-', '_', ' ']).collect::<Vec<_>>());
    println!("{:?}", "1,2,,3".split(',').map(|s| s.parse::<i32>().ok()).collect::<Vec<_>>());
    println!("{:?}", v.iter().copied().reduce(|a, b| a.max(b)));
    let mut sorted = words.to_vec();
    sorted.sort_unstable_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    println!("{:?} {:?}", sorted, sorted.iter().position(|&w| w == "fig"));
    println!("{:?}", v.iter().skip(2).step_by(4).zip(v.iter().rev()).map(|(a, b)| a * b).collect::<Vec<_>>());
    println!("{}", (1..=5).map(|i| i.to_string()).collect::<Vec<_>>().concat());
    println!("{:?}", v.windows(3).filter(|w| w.iter().sum::<i32>() % 2 == 0).count());
    println!("{:?}", std::iter::zip(1..4, "xyz".chars()).collect::<Vec<_>>());
}
