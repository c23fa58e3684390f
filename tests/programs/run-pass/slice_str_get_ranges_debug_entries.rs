use std::collections::BTreeMap;
use std::fmt;

struct Bag(Vec<(String, u32)>);

impl fmt::Debug for Bag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            f.debug_map().entries(self.0.iter().map(|(k, v)| (k, v))).finish()
        } else {
            f.debug_list().entries(self.0.iter().map(|(k, _)| k)).finish()
        }
    }
}

struct Keys<'a>(&'a BTreeMap<u8, char>);

impl fmt::Debug for Keys<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_set().entries(self.0.keys()).finish()
    }
}

trait Grid {
    type Cell: Copy + fmt::Debug;
    fn cell(&self, i: usize) -> Self::Cell;
}

struct Row([u8; 4]);

impl Grid for Row {
    type Cell = u8;
    fn cell(&self, i: usize) -> u8 {
        self.0[i]
    }
}

fn twice<G: Grid>(g: &G) -> (G::Cell, G::Cell) {
    let c = g.cell(1);
    let pair = (c, c);
    println!("used {:?} after copying", c);
    pair
}

fn main() {
    let v = vec![10, 20, 30, 40, 50];
    println!("{:?} {:?} {:?}", v.get(1), v.get(5), v.get(1..3));
    println!("{:?} {:?} {:?}", v.get(..2), v.get(3..), v.get(..=4));
    println!("{:?} {:?} {:?}", v.get(4..2), v.get(..=5), v.get(..));
    let mut w = v.clone();
    if let Some(part) = w.get_mut(1..=2) {
        part.reverse();
    }
    if let Some(x) = w.get_mut(0) {
        *x += 1;
    }
    println!("{:?}", w);
    let s = "héllo wörld";
    println!("{:?} {:?} {:?}", s.get(0..1), s.get(0..2), s.get(0..3));
    println!("{:?} {:?} {:?}", s.get(7..), s.get(..=5), s.get(100..));
    let mut owned = String::from("abc");
    if let Some(t) = owned.get_mut(1..) {
        t.make_ascii_uppercase();
    }
    println!("{}", owned);
    let bag = Bag(vec![("x".to_string(), 1), ("y".to_string(), 2)]);
    println!("{:?}", bag);
    println!("{:#?}", bag);
    let m: BTreeMap<u8, char> = [(3, 'c'), (1, 'a')].into_iter().collect();
    println!("{:?}", Keys(&m));
    println!("{:?}", twice(&Row([4, 5, 6, 7])));
}
