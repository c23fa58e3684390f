// MIR lowering of places: methods on &mut self, slices by range, nested arrays, swaps through refs.
struct Counter { n: u32, hist: [u32; 4] }

impl Counter {
    fn new() -> Counter { Counter { n: 0, hist: [0; 4] } }
    fn bump(&mut self, k: usize) -> u32 { self.n += 1; self.hist[k % 4] += 1; self.n }
    fn total(&self) -> u32 { let mut t = 0; for i in 0..4 { t += self.hist[i]; } t }
}

fn sum(s: &[i32]) -> i32 {
    let mut t = 0;
    for i in 0..s.len() { t += s[i]; }
    t
}

fn fill(s: &mut [i32], v: i32) {
    for i in 0..s.len() { s[i] = v + i as i32; }
}

fn swap(a: &mut i32, b: &mut i32) { let t = *a; *a = *b; *b = t; }

fn main() {
    let mut c = Counter::new();
    for k in 0..10 { c.bump(k); }
    println!("{} {} {:?}", c.n, c.total(), c.hist);
    let mut arr = [1, 2, 3, 4, 5, 6];
    println!("{} {} {}", sum(&arr), sum(&arr[1..4]), sum(&arr[..2]));
    fill(&mut arr[2..], 10);
    println!("{:?}", arr);
    let (mut x, mut y) = (1, 2);
    swap(&mut x, &mut y);
    println!("{} {}", x, y);
    let m = [[1, 2], [3, 4]];
    let mut t = 0;
    for r in 0..2 { for c in 0..2 { t += m[r][c] * (r as i32 + 1); } }
    println!("{}", t);
    let s = &arr[1..=3];
    match s { [a, b, c] => println!("{} {} {}", a, b, c), _ => println!("other") }
    let v = [Some(1), None, Some(3)];
    let mut cnt = 0;
    for i in 0..v.len() { if let Some(k) = v[i] { cnt += k; } }
    println!("{}", cnt);
}
