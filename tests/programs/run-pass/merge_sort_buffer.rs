// Top-down merge sort using an auxiliary buffer, counting inversions along the way.

const N: usize = 64;

fn merge(a: &mut [i32], buf: &mut [i32], lo: usize, mid: usize, hi: usize) -> u64 {
    let mut i = lo;
    let mut j = mid;
    let mut k = lo;
    let mut inversions = 0u64;
    while i < mid && j < hi {
        if a[i] <= a[j] {
            buf[k] = a[i];
            i += 1;
        } else {
            buf[k] = a[j];
            j += 1;
            inversions += (mid - i) as u64;
        }
        k += 1;
    }
    while i < mid {
        buf[k] = a[i];
        i += 1;
        k += 1;
    }
    while j < hi {
        buf[k] = a[j];
        j += 1;
        k += 1;
    }
    for t in lo..hi {
        a[t] = buf[t];
    }
    inversions
}

fn sort(a: &mut [i32], buf: &mut [i32], lo: usize, hi: usize) -> u64 {
    if hi - lo <= 1 {
        return 0;
    }
    let mid = lo + (hi - lo) / 2;
    let left = sort(a, buf, lo, mid);
    let right = sort(a, buf, mid, hi);
    left + right + merge(a, buf, lo, mid, hi)
}

fn brute_inversions(a: &[i32]) -> u64 {
    let mut n = 0;
    for i in 0..a.len() {
        for j in i + 1..a.len() {
            if a[i] > a[j] {
                n += 1;
            }
        }
    }
    n
}

fn main() {
    let mut a = [0i32; N];
    let mut x: u32 = 7;
    for i in 0..N {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        a[i] = (x % 100) as i32;
    }
    let expected = brute_inversions(&a);
    let mut buf = [0i32; N];
    let inv = sort(&mut a, &mut buf, 0, N);
    println!("inversions: {} (brute force {})", inv, expected);
    for row in 0..8 {
        for col in 0..8 {
            print!("{:>3}", a[row * 8 + col]);
        }
        println!();
    }
    let mut desc = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    let mut b2 = [0; 10];
    let n = desc.len();
    println!("descending: {} inversions -> {:?}", sort(&mut desc, &mut b2, 0, n), desc);
}
