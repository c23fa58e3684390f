use std::cmp::Ordering;

struct Entry {
    key: u32,
    tag: char,
}

impl PartialEq for Entry {
    fn eq(&self, other: &Entry) -> bool {
        self.key == other.key
    }
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Entry) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Entry {
    fn cmp(&self, other: &Entry) -> Ordering {
        self.key.cmp(&other.key)
    }
}

fn main() {
    let mut v = vec![38, 27, 43, 3, 9, 82, 10, 3, -4, 0, 27];
    v.sort();
    let mut line = String::new();
    for i in 0..v.len() {
        if v[i] < 0 {
            line.push('-');
        }
        line.push_str(if v[i] == 0 { "0" } else { "#" });
        line.push(' ');
    }
    println!("{}", line.as_str());
    println!("{} {} {} {}", v[0], v[1], v[5], v[10]);
    let probes = [3, 27, 5, 100, -10];
    for k in 0..probes.len() {
        let probe = probes[k];
        match v.binary_search(&probe) {
            Ok(i) => println!("found {} at {}", probe, i),
            Err(i) => println!("{} would go at {}", probe, i),
        }
    }
    // Stability: equal keys keep their original order.
    let mut entries = vec![
        Entry { key: 2, tag: 'a' },
        Entry { key: 1, tag: 'b' },
        Entry { key: 2, tag: 'c' },
        Entry { key: 1, tag: 'd' },
        Entry { key: 0, tag: 'e' },
        Entry { key: 2, tag: 'f' },
    ];
    entries.sort();
    let mut tags = String::new();
    for i in 0..entries.len() {
        tags.push(entries[i].tag);
    }
    println!("stable order: {}", tags.as_str());
    let mut words = vec!["pear", "apple", "fig", "banana", "apple"];
    words.sort_unstable();
    println!("{} {} {} {} {}", words[0], words[1], words[2], words[3], words[4]);
    let mut big = Vec::new();
    let mut x: u32 = 12345;
    for _ in 0..200 {
        x = x.wrapping_mul(1103515245).wrapping_add(12345);
        big.push((x >> 16) % 1000);
    }
    big.sort();
    let mut sorted = true;
    for i in 1..big.len() {
        if big[i - 1] > big[i] {
            sorted = false;
        }
    }
    println!("200 sorted: {} min {} max {}", sorted, big[0], big[199]);
    let empty: &mut [i32] = &mut [];
    empty.sort();
    println!("empty search: {:?}", empty.binary_search(&1).is_err());
}
