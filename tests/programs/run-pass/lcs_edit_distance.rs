// Longest common subsequence and Levenshtein distance over char arrays with DP tables.

const M: usize = 16;

fn lcs(a: &[char], b: &[char], out: &mut [char; M]) -> usize {
    let mut t = [[0usize; M + 1]; M + 1];
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            t[i][j] = if a[i - 1] == b[j - 1] { t[i - 1][j - 1] + 1 } else { t[i - 1][j].max(t[i][j - 1]) };
        }
    }
    let (mut i, mut j) = (a.len(), b.len());
    let mut k = t[i][j];
    let len = k;
    while i > 0 && j > 0 {
        if a[i - 1] == b[j - 1] {
            k -= 1;
            out[k] = a[i - 1];
            i -= 1;
            j -= 1;
        } else if t[i - 1][j] >= t[i][j - 1] {
            i -= 1;
        } else {
            j -= 1;
        }
    }
    len
}

fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut prev = [0usize; M + 1];
    let mut cur = [0usize; M + 1];
    for j in 0..=b.len() {
        prev[j] = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = if a[i - 1] == b[j - 1] { 0 } else { 1 };
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        prev = cur;
    }
    prev[b.len()]
}

fn show(label: &str, s: &[char]) {
    print!("{}: ", label);
    for i in 0..s.len() {
        print!("{}", s[i]);
    }
    println!();
}

fn main() {
    let kitten = ['k', 'i', 't', 't', 'e', 'n'];
    let sitting = ['s', 'i', 't', 't', 'i', 'n', 'g'];
    let a = ['A', 'G', 'G', 'T', 'A', 'B', 'Q', 'X'];
    let b = ['G', 'X', 'T', 'X', 'A', 'Y', 'B'];
    let mut out = [' '; M];
    let n = lcs(&a, &b, &mut out);
    show("a", &a);
    show("b", &b);
    show("lcs", &out[..n]);
    println!("lcs length {}", n);
    let n2 = lcs(&kitten, &sitting, &mut out);
    show("lcs(kitten, sitting)", &out[..n2]);
    println!("edit(kitten, sitting) = {}", edit_distance(&kitten, &sitting));
    println!("edit(a, b) = {}", edit_distance(&a, &b));
    println!("edit(a, a) = {}", edit_distance(&a, &a));
    println!("edit(empty, b) = {}", edit_distance(&[], &b));
    let flaw = ['f', 'l', 'a', 'w'];
    let lawn = ['l', 'a', 'w', 'n'];
    println!("edit(flaw, lawn) = {}", edit_distance(&flaw, &lawn));
}
