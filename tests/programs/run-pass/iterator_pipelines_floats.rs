fn mean(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() {
        None
    } else {
        Some(xs.iter().sum::<f64>() / xs.len() as f64)
    }
}

fn std_dev(xs: &[f64]) -> Option<f64> {
    let m = mean(xs)?;
    let var = xs.iter().map(|x| (x - m).powi(2)).sum::<f64>() / xs.len() as f64;
    Some(var.sqrt())
}

fn main() {
    let prices = [12.5, 13.0, 12.75, 14.2, 15.1, 14.8, 16.0, 15.5, 17.25, 18.0];

    let moving: Vec<String> = prices.windows(3).map(|w| format!("{:.2}", w.iter().sum::<f64>() / 3.0)).collect();
    println!("moving avg: {}", moving.join(" "));

    let changes: Vec<f64> = prices.windows(2).map(|w| w[1] - w[0]).collect();
    let ups = changes.iter().filter(|&&c| c > 0.0).count();
    println!("ups={} downs={}", ups, changes.len() - ups);

    let running: Vec<String> = prices
        .iter()
        .scan(0.0, |acc, &p| {
            *acc += p;
            Some(*acc)
        })
        .map(|s| format!("{:.1}", s))
        .collect();
    println!("running: {:?}", running);

    for (i, chunk) in prices.chunks(4).enumerate() {
        let max = chunk.iter().cloned().fold(f64::MIN, f64::max);
        let min = chunk.iter().copied().fold(f64::INFINITY, f64::min);
        println!("chunk {} len {}: min {:6.2} max {:6.2}", i, chunk.len(), min, max);
    }

    let product: f64 = [1.5, 2.0, 2.5, 4.0].iter().product();
    let int_product: u64 = (1..=15u64).product();
    println!("product={:.3} 15!={}", product, int_product);

    let evens_sq: Vec<u32> = (1..20u32).step_by(3).filter(|n| n % 2 == 0).map(|n| n * n).collect();
    println!("{:?}", evens_sq);

    let names = ["ann", "bob", "cy"];
    let scores = [88.5, 92.25, 79.0];
    let report: Vec<String> = names
        .iter()
        .zip(scores.iter())
        .enumerate()
        .map(|(i, (n, s))| format!("{}:{}={:.1}", i + 1, n.to_uppercase(), s))
        .collect();
    println!("{}", report.join(", "));

    let pairs: Vec<(u32, u32)> = (1..4).flat_map(|a| (a..4).map(move |b| (a, b))).collect();
    println!("pairs: {:?}", pairs);

    let mut it = [1, 1, 2, 3, 3, 3, 4, 1, 1].iter().peekable();
    let mut groups = Vec::new();
    while let Some(&x) = it.next() {
        let mut n = 1;
        while it.peek() == Some(&&x) {
            it.next();
            n += 1;
        }
        groups.push((x, n));
    }
    println!("groups: {:?}", groups);

    println!("mean={:.3} sd={:.3} empty={:?}", mean(&prices).unwrap(), std_dev(&prices).unwrap(), mean(&[]));

    let (small, big): (Vec<f64>, Vec<f64>) = prices.iter().partition(|&&p| p < 15.0);
    println!("small={:?}\nbig={:?}", small, big);

    let pos = prices.iter().position(|&p| p > 15.0);
    let rpos = prices.iter().rposition(|&p| p < 13.0);
    let any_big = prices.iter().any(|&p| p > 17.5);
    let all_pos = prices.iter().all(|p| *p > 0.0);
    println!("{:?} {:?} {} {}", pos, rpos, any_big, all_pos);

    let max_by = prices.iter().enumerate().max_by(|a, b| a.1.partial_cmp(b.1).unwrap()).map(|(i, _)| i);
    let min_key = names.iter().min_by_key(|n| n.len());
    println!("argmax={:?} shortest={:?}", max_by, min_key);

    let total: i64 = (1..=10).rev().skip(2).take_while(|&x| x > 3).map(|x: i64| x * x).sum();
    let last = (0..100).filter(|x| x % 7 == 3).last();
    let nth = (0..).map(|x| x * x).skip_while(|&x| x < 50).nth(2);
    println!("total={} last={:?} nth={:?}", total, last, nth);

    let celsius = vec![-40.0, 0.0, 36.6, 100.0];
    let table: Vec<(f64, f64)> = celsius.into_iter().map(|c| (c, c * 9.0 / 5.0 + 32.0)).collect();
    for (c, f) in &table {
        println!("{:>7.1}C = {:>7.1}F", c, f);
    }
    let chained: Vec<i32> = [1, 2].iter().chain([3, 4].iter()).rev().cloned().collect();
    let flat: Vec<char> = vec!["ab", "cd"].iter().flat_map(|s| s.chars()).collect();
    println!("{:?} {:?} {}", chained, flat, (1..=4).map(|i| i.to_string()).collect::<Vec<_>>().join("+"));
}
