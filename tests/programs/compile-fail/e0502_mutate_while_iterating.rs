// Changing a collection while a loop iterates over it.
use std::collections::HashMap;

fn main() {
    let mut v = vec![1, 2];
    for x in &v {
        if *x == 1 {
            v.push(3); //~ ERROR E0502
        }
    }

    let mut w = vec![1];
    for x in w.iter() {
        if *x > 0 {
            w.clear(); //~ ERROR E0502
        }
    }

    let mut m = HashMap::new();
    m.insert(1, 2);
    for (k, _) in &m {
        m.remove(k); //~ ERROR E0502
    }

    // Fine: the loop works on a copy of the keys.
    let keys: Vec<i32> = m.keys().copied().collect();
    for k in keys {
        m.remove(&k);
    }
    println!("{:?} {:?} {}", v, w, m.len());
}
