// Borrow-heavy but valid code: methods taking `&self`/`&mut self`,
// references returned from methods and functions, references stored in
// structs and arrays, two-phase borrows of method receivers, and
// reference variables that are reassigned (non-lexical lifetimes).

struct Inventory {
    names: [&'static str; 6],
    counts: [u32; 6],
    len: usize,
}

impl Inventory {
    fn new() -> Inventory {
        Inventory { names: [""; 6], counts: [0; 6], len: 0 }
    }

    fn len(&self) -> usize {
        self.len
    }

    fn add(&mut self, name: &'static str, count: u32) -> usize {
        self.names[self.len] = name;
        self.counts[self.len] = count;
        self.len += 1;
        self.len - 1
    }

    fn count_mut(&mut self, i: usize) -> &mut u32 {
        &mut self.counts[i]
    }

    fn count(&self, i: usize) -> &u32 {
        &self.counts[i]
    }

    // The result borrows nothing from `self`: it is `'static`.
    fn name(&self, i: usize) -> &'static str {
        self.names[i]
    }

    // The result borrows from `other`, not from `self`.
    fn larger<'a>(&self, other: &'a Inventory) -> &'a u32 {
        let mut best = &other.counts[0];
        for i in 0..other.len {
            if other.counts[i] > *best {
                best = &other.counts[i];
            }
        }
        best
    }

    fn total(&self) -> u32 {
        let mut sum = 0;
        for i in 0..self.len {
            sum += self.counts[i];
        }
        sum
    }
}

struct Window<'a> {
    data: &'a [i32],
    start: usize,
}

impl<'a> Window<'a> {
    fn first(&self) -> &'a i32 {
        &self.data[self.start]
    }
}

fn biggest(values: &[i32]) -> &i32 {
    let mut best = &values[0];
    for i in 1..values.len() {
        let v = &values[i];
        if *v > *best {
            best = v;
        }
    }
    best
}

fn pick<'a>(a: &'a mut i32, _b: &i32) -> &'a mut i32 {
    a
}

fn main() {
    let mut inv = Inventory::new();
    inv.add("apple", 3);
    inv.add("pear", 5);
    // Two-phase borrows: the argument reads `inv` before `&mut inv` is used.
    let n = inv.len() as u32;
    inv.add("fig", n);
    let i = inv.add("plum", inv.total());
    println!("{} {}", i, inv.total());

    // A `'static` result does not keep `inv` borrowed.
    let name = inv.name(1);
    *inv.count_mut(1) += 10;
    println!("{} {}", name, inv.count(1));

    // Reading through one shared reference while creating another.
    let c0 = inv.count(0);
    let c2 = inv.count(2);
    println!("{} {}", c0, c2);
    // `c0` and `c2` are dead now: mutation is fine.
    *inv.count_mut(0) += *inv.count(2);

    let other = {
        let mut o = Inventory::new();
        o.add("kiwi", 7);
        o.add("lime", 2);
        o
    };
    let big = inv.larger(&other);
    inv.add("date", 1);
    println!("{} {}", big, inv.total());

    // References stored in a struct outlive the struct, not the data.
    let data = [4, 9, 2, 7];
    let first;
    {
        let w = Window { data: &data, start: 1 };
        first = w.first();
    }
    println!("{} {}", first, biggest(&data));

    // A reference variable reassigned: the old loan ends.
    let mut a = 1;
    let mut b = 2;
    let mut r = &mut a;
    *r += 1;
    r = &mut b;
    a += 10;
    *r += 1;
    println!("{} {}", a, b);

    // The result of `pick` borrows `a` only, so `b` can change meanwhile.
    let p = pick(&mut a, &b);
    b += 1;
    *p += 1;
    println!("{} {}", a, b);

    // Shared references collected in an array.
    let values = [5, 1, 8];
    let mut refs = [&0; 3];
    for k in 0..3 {
        refs[k] = &values[k];
    }
    let mut sum = 0;
    for k in 0..3 {
        sum += *refs[k];
    }
    println!("{}", sum);

    // Disjoint fields may be borrowed mutably at the same time.
    let mut pair = (1, 2);
    let left = &mut pair.0;
    let right = &mut pair.1;
    *left += *right;
    *right += 1;
    println!("{:?}", pair);
}
