// Binary search variants over sorted slices: exact, lower/upper bound, first true predicate.

fn search(a: &[i32], target: i32) -> i64 {
    let mut lo = 0usize;
    let mut hi = a.len();
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if a[mid] == target {
            return mid as i64;
        } else if a[mid] < target {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    -1
}

fn lower_bound(a: &[i32], target: i32) -> usize {
    let (mut lo, mut hi) = (0, a.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if a[mid] < target { lo = mid + 1 } else { hi = mid }
    }
    lo
}

fn upper_bound(a: &[i32], target: i32) -> usize {
    let (mut lo, mut hi) = (0, a.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if a[mid] <= target { lo = mid + 1 } else { hi = mid }
    }
    lo
}

fn isqrt(n: u64) -> u64 {
    // largest r with r*r <= n, as a search over the answer
    let mut lo = 0u64;
    let mut hi = 4294967296u64;
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        let fits = match mid.checked_mul(mid) {
            Some(sq) => sq <= n,
            None => false,
        };
        if fits {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    lo
}

fn main() {
    let a = [-5, -2, 0, 0, 0, 3, 8, 8, 13, 21, 34, 55];
    let s = &a[..];
    let targets = [-5, 0, 8, 9, 55, 100, -100];
    for i in 0..targets.len() {
        let t = targets[i];
        let lb = lower_bound(s, t);
        let ub = upper_bound(s, t);
        println!("target {:>4}: search {:>2} lower {:>2} upper {:>2} count {}", t, search(s, t), lb, ub, ub - lb);
    }
    let tail = &a[5..];
    println!("in tail: {} {}", search(tail, 13), search(tail, 0));
    println!("{}", tail.len());
    let ns = [0u64, 1, 15, 16, 17, 1000000, 999999999999, u64::MAX];
    for i in 0..ns.len() {
        println!("isqrt({}) = {}", ns[i], isqrt(ns[i]));
    }
}
