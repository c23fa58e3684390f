use std::collections::HashMap;
use std::fmt::Display;

trait Container {
    type Item;
    type Key: Copy + Display;

    fn get(&self, key: Self::Key) -> Option<&Self::Item>;
    fn keys(&self) -> Vec<Self::Key>;
    fn put(&mut self, key: Self::Key, item: Self::Item) -> Option<Self::Item>;

    fn len(&self) -> usize {
        self.keys().len()
    }
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    fn describe(&self) -> String
    where
        Self::Item: Display,
    {
        let parts: Vec<String> =
            self.keys().into_iter().filter_map(|k| self.get(k).map(|v| format!("{}={}", k, v))).collect();
        format!("{{{}}}", parts.join(", "))
    }
}

struct Slots<T> {
    slots: Vec<Option<T>>,
}

impl<T> Container for Slots<T> {
    type Item = T;
    type Key = usize;

    fn get(&self, key: usize) -> Option<&T> {
        self.slots.get(key).and_then(|s| s.as_ref())
    }
    fn keys(&self) -> Vec<usize> {
        self.slots.iter().enumerate().filter(|(_, s)| s.is_some()).map(|(i, _)| i).collect()
    }
    fn put(&mut self, key: usize, item: T) -> Option<T> {
        if key >= self.slots.len() {
            self.slots.resize_with(key + 1, || None);
        }
        self.slots[key].replace(item)
    }
}

struct Registry {
    names: HashMap<char, String>,
}

impl Container for Registry {
    type Item = String;
    type Key = char;

    fn get(&self, key: char) -> Option<&String> {
        self.names.get(&key)
    }
    fn keys(&self) -> Vec<char> {
        let mut k: Vec<char> = self.names.keys().copied().collect();
        k.sort();
        k
    }
    fn put(&mut self, key: char, item: String) -> Option<String> {
        self.names.insert(key, item)
    }
    fn len(&self) -> usize {
        self.names.len()
    }
}

fn fill<C: Container>(c: &mut C, entries: Vec<(C::Key, C::Item)>) -> usize {
    entries.into_iter().filter_map(|(k, v)| c.put(k, v)).count()
}

fn first_item<C>(c: &C) -> Option<&C::Item>
where
    C: Container,
{
    c.keys().first().and_then(|&k| c.get(k))
}

trait Shape {
    const SIDES: u32;
    fn area(&self) -> f64;
    fn name(&self) -> String {
        format!("{}-gon", Self::SIDES)
    }
    fn summary(&self) -> String {
        format!("{} with area {:.2}", self.name(), self.area())
    }
}

struct Square(f64);
struct Triangle {
    base: f64,
    height: f64,
}

impl Shape for Square {
    const SIDES: u32 = 4;
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name(&self) -> String {
        "square".to_string()
    }
}

impl Shape for Triangle {
    const SIDES: u32 = 3;
    fn area(&self) -> f64 {
        0.5 * self.base * self.height
    }
}

fn total_area<S: Shape>(shapes: &[S]) -> f64 {
    shapes.iter().map(Shape::area).sum()
}

trait Countdown: Iterator<Item = u32> + Sized {
    fn total(self) -> u32 {
        self.fold(0, |a, b| a + b)
    }
}

struct Down(u32);

impl Iterator for Down {
    type Item = u32;
    fn next(&mut self) -> Option<Self::Item> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0 + 1)
        }
    }
}

impl Countdown for Down {}

fn main() {
    let mut slots: Slots<&str> = Slots { slots: Vec::new() };
    let replaced = fill(&mut slots, vec![(2, "two"), (0, "zero"), (5, "five"), (2, "TWO")]);
    println!("replaced={} len={} empty={} {}", replaced, slots.len(), slots.is_empty(), slots.describe());
    println!("first={:?} get(1)={:?} get(9)={:?}", first_item(&slots), slots.get(1), slots.get(9));

    let mut reg = Registry { names: HashMap::new() };
    fill(&mut reg, vec![('b', "Bob".to_string()), ('a', "Ann".to_string())]);
    let old = reg.put('b', "Barbara".into());
    println!("{} old={:?} first={:?}", reg.describe(), old, first_item(&reg));
    let empty = Registry { names: HashMap::new() };
    println!("empty: {} {}", empty.is_empty(), empty.describe());

    let squares = [Square(1.5), Square(2.0)];
    let tris = vec![Triangle { base: 3.0, height: 4.0 }, Triangle { base: 1.0, height: 1.0 }];
    for s in &squares {
        println!("{}", s.summary());
    }
    for t in tris.iter() {
        println!("{}", t.summary());
    }
    println!("areas: {:.3} {:.3} sides {} {}", total_area(&squares), total_area(&tris), Square::SIDES, <Triangle as Shape>::SIDES);
    println!("countdown total {} {:?}", Down(10).total(), Down(4).collect::<Vec<_>>());
}
