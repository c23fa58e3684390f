// Recursive quicksort (Lomuto), heapsort with sift-down, on pseudo-random data.

fn swap(a: &mut [i64], i: usize, j: usize) {
    let t = a[i];
    a[i] = a[j];
    a[j] = t;
}

fn partition(a: &mut [i64], lo: usize, hi: usize) -> usize {
    let pivot = a[hi];
    let mut i = lo;
    for j in lo..hi {
        if a[j] <= pivot {
            swap(a, i, j);
            i += 1;
        }
    }
    swap(a, i, hi);
    i
}

fn quicksort(a: &mut [i64], lo: usize, hi: usize, depth: u32, max_depth: &mut u32) {
    if depth > *max_depth {
        *max_depth = depth;
    }
    if lo >= hi {
        return;
    }
    let p = partition(a, lo, hi);
    if p > 0 {
        quicksort(a, lo, p - 1, depth + 1, max_depth);
    }
    quicksort(a, p + 1, hi, depth + 1, max_depth);
}

fn sift_down(a: &mut [i64], mut root: usize, end: usize) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end {
            break;
        }
        if child + 1 < end && a[child] < a[child + 1] {
            child += 1;
        }
        if a[root] >= a[child] {
            break;
        }
        swap(a, root, child);
        root = child;
    }
}

fn heapsort(a: &mut [i64]) {
    let n = a.len();
    let mut start = n / 2;
    while start > 0 {
        start -= 1;
        sift_down(a, start, n);
    }
    let mut end = n;
    while end > 1 {
        end -= 1;
        swap(a, 0, end);
        sift_down(a, 0, end);
    }
}

fn checksum(a: &[i64]) -> i64 {
    let mut h: i64 = 0;
    for i in 0..a.len() {
        h = h.wrapping_mul(31).wrapping_add(a[i]);
    }
    h
}

fn main() {
    let mut data = [0i64; 500];
    let mut seed: u64 = 12345;
    for i in 0..data.len() {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        data[i] = ((seed >> 33) % 2000) as i64 - 1000;
    }
    let mut q = data;
    let mut h = data;
    let mut depth = 0;
    let last = q.len() - 1;
    quicksort(&mut q, 0, last, 0, &mut depth);
    heapsort(&mut h);
    println!("first 10: {:?}", [q[0], q[1], q[2], q[3], q[4], q[5], q[6], q[7], q[8], q[9]]);
    println!("last 5: {:?}", [q[495], q[496], q[497], q[498], q[499]]);
    println!("quicksort max depth: {}", depth);
    let mut same = true;
    for i in 0..q.len() {
        if q[i] != h[i] {
            same = false;
        }
    }
    println!("heapsort agrees: {}", same);
    println!("checksums: {} {} {}", checksum(&data), checksum(&q), checksum(&h));
    let mut small = [5, 3, 9, 1, 1, 8];
    heapsort(&mut small);
    println!("{:?}", small);
}
