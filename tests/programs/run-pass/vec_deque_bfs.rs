use std::collections::VecDeque;

fn bfs(grid: &[&str], start: (usize, usize)) -> Vec<Vec<Option<u32>>> {
    let h = grid.len();
    let w = grid[0].len();
    let cells: Vec<Vec<u8>> = grid.iter().map(|r| r.bytes().collect()).collect();
    let mut dist = vec![vec![None; w]; h];
    let mut queue = VecDeque::new();
    dist[start.0][start.1] = Some(0);
    queue.push_back(start);
    while let Some((r, c)) = queue.pop_front() {
        let d = dist[r][c].unwrap();
        let mut next = Vec::new();
        if r > 0 { next.push((r - 1, c)); }
        if r + 1 < h { next.push((r + 1, c)); }
        if c > 0 { next.push((r, c - 1)); }
        if c + 1 < w { next.push((r, c + 1)); }
        for (nr, nc) in next {
            if cells[nr][nc] != b'#' && dist[nr][nc].is_none() {
                dist[nr][nc] = Some(d + 1);
                queue.push_back((nr, nc));
            }
        }
    }
    dist
}

fn main() {
    let mut d: VecDeque<i32> = VecDeque::new();
    d.push_back(1);
    d.push_back(2);
    d.push_front(0);
    d.push_front(-1);
    println!("{:?} len={}", d, d.len());
    println!("{:?} {:?}", d.front(), d.back());
    println!("{} {}", d[0], d[3]);
    d[1] = 10;
    println!("{:?} {}", d, d.contains(&10));
    println!("{:?} {:?}", d.pop_front(), d.pop_back());
    println!("{:?}", d);
    for i in 0..10 {
        if i % 2 == 0 { d.push_back(i) } else { d.push_front(i) }
    }
    println!("{:?}", d);
    println!("{:?}", d.iter().rev().collect::<Vec<_>>());
    for x in d.iter_mut() {
        *x *= 2;
    }
    println!("{:?}", d);
    let total: i32 = d.iter().sum();
    println!("{}", total);
    d.rotate_left(3);
    println!("{:?}", d);
    d.retain(|x| x % 4 == 0);
    println!("{:?}", d);
    d.insert(1, 99);
    let removed = d.remove(2);
    println!("{:?} {:?}", d, removed);
    let v: Vec<i32> = d.clone().into_iter().collect();
    println!("{:?}", v);
    let e: VecDeque<char> = "hello".chars().collect();
    println!("{:?} {}", e, e == VecDeque::from(vec!['h', 'e', 'l', 'l', 'o']));
    let mut f = VecDeque::from([1, 2, 3]);
    f.extend([4, 5]);
    f.extend(&[6]);
    while let Some(x) = f.pop_front() {
        if x < 4 {
            f.push_back(x * 10);
        }
        print!("{} ", x);
    }
    println!();
    let mut window: VecDeque<u32> = VecDeque::with_capacity(3);
    for x in [5, 1, 4, 2, 8, 3] {
        if window.len() == 3 {
            window.pop_front();
        }
        window.push_back(x);
        println!("{:?} max={}", window, window.iter().max().unwrap());
    }
    if let Some(b) = window.back_mut() {
        *b = 0;
    }
    println!("{:?}", Vec::from(window));

    let grid = ["..#.", "..#.", "....", "#.#."];
    let dist = bfs(&grid, (0, 0));
    for row in &dist {
        let line: Vec<String> = row.iter().map(|d| match d { Some(n) => n.to_string(), None => "#".to_string() }).collect();
        println!("{}", line.join(" "));
    }
    let empty: VecDeque<u8> = VecDeque::new();
    println!("{:?} {:?} {}", empty, empty.front(), empty.is_empty());
    let oob = VecDeque::from([1, 2]);
    println!("{}", oob[5]);
}
