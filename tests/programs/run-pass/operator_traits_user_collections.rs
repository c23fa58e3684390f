// Operator traits on a generic vector type, Sum over values and references, FromIterator/Extend/IntoIterator/Index for a user collection, tuple indexing, Deref with Drop order, derived Ord/Hash on an enum used as map and set keys, Product for a user type.
use std::collections::{HashMap, HashSet, BTreeSet};
use std::ops::{Add, Mul, Sub, Neg, Index, IndexMut, Deref, DerefMut, AddAssign};
use std::iter::{Sum, FromIterator, Product};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct V<T> { x: T, y: T }
impl<T: Add<Output = T>> Add for V<T> { type Output = V<T>; fn add(self, o: Self) -> Self { V { x: self.x + o.x, y: self.y + o.y } } }
impl<T: Sub<Output = T>> Sub for V<T> { type Output = V<T>; fn sub(self, o: Self) -> Self { V { x: self.x - o.x, y: self.y - o.y } } }
impl<T: Mul<Output = T> + Copy> Mul<T> for V<T> { type Output = V<T>; fn mul(self, k: T) -> Self { V { x: self.x * k, y: self.y * k } } }
impl<T: Neg<Output = T>> Neg for V<T> { type Output = V<T>; fn neg(self) -> Self { V { x: -self.x, y: -self.y } } }
impl<T: AddAssign> AddAssign for V<T> { fn add_assign(&mut self, o: Self) { self.x += o.x; self.y += o.y; } }
impl<T: Add<Output = T> + Default> Sum for V<T> { fn sum<I: Iterator<Item = V<T>>>(it: I) -> Self { it.fold(V::default(), |a, b| a + b) } }
impl<'a, T: Add<Output = T> + Default + Copy> Sum<&'a V<T>> for V<T> { fn sum<I: Iterator<Item = &'a V<T>>>(it: I) -> Self { it.fold(V::default(), |a, b| a + *b) } }

#[derive(Debug, Default)]
struct Bag { items: Vec<String> }
impl FromIterator<String> for Bag { fn from_iter<I: IntoIterator<Item = String>>(it: I) -> Self { Bag { items: it.into_iter().collect() } } }
impl<'a> FromIterator<&'a str> for Bag { fn from_iter<I: IntoIterator<Item = &'a str>>(it: I) -> Self { Bag { items: it.into_iter().map(String::from).collect() } } }
impl Extend<String> for Bag { fn extend<I: IntoIterator<Item = String>>(&mut self, it: I) { for s in it { self.items.push(s); } } }
impl IntoIterator for Bag { type Item = String; type IntoIter = std::vec::IntoIter<String>; fn into_iter(self) -> Self::IntoIter { self.items.into_iter() } }
impl Index<usize> for Bag { type Output = String; fn index(&self, i: usize) -> &String { &self.items[i] } }
impl IndexMut<usize> for Bag { fn index_mut(&mut self, i: usize) -> &mut String { &mut self.items[i] } }

struct Grid { w: usize, cells: Vec<char> }
impl Index<(usize, usize)> for Grid { type Output = char; fn index(&self, (r, c): (usize, usize)) -> &char { &self.cells[r * self.w + c] } }
impl IndexMut<(usize, usize)> for Grid { fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut char { &mut self.cells[r * self.w + c] } }
impl fmt::Display for Grid { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { for row in self.cells.chunks(self.w) { writeln!(f, "{}", row.iter().collect::<String>())?; } Ok(()) } }

struct Guard<T: fmt::Debug> { inner: T, name: &'static str }
impl<T: fmt::Debug> Deref for Guard<T> { type Target = T; fn deref(&self) -> &T { &self.inner } }
impl<T: fmt::Debug> DerefMut for Guard<T> { fn deref_mut(&mut self) -> &mut T { &mut self.inner } }
impl<T: fmt::Debug> Drop for Guard<T> { fn drop(&mut self) { println!("drop {} with {:?}", self.name, self.inner); } }

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Key { Id(u32), Name(String), Pair(u8, u8) }

struct Fact(u64);
impl Product<Fact> for Fact { fn product<I: Iterator<Item = Fact>>(it: I) -> Fact { Fact(it.map(|f| f.0).product()) } }

fn main() {
    let a = V { x: 1, y: 2 }; let b = V { x: 10, y: 20 };
    let mut c = a + b * 2 - -a; c += V { x: 100, y: 100 };
    println!("{:?}", c);
    let vs = vec![a, b, c];
    let s1: V<i32> = vs.iter().sum(); let s2: V<i32> = vs.into_iter().sum(); println!("{:?} {}", s1, s1 == s2);
    let fv = V { x: 1.5, y: -0.5 } * 2.0; println!("{:?}", fv);
    let mut bag: Bag = vec!["a", "b"].into_iter().collect();
    bag.extend(vec!["c".to_string()]);
    bag[0].push('!');
    println!("{:?} {}", bag, bag[2]);
    let b2: Bag = bag.into_iter().map(|s| s.to_uppercase()).collect(); println!("{:?}", b2.items);
    let mut g = Grid { w: 3, cells: vec!['.'; 6] };
    g[(1, 2)] = '#'; g[(0, 0)] = '@';
    print!("{}", g); println!("{}", g[(1, 2)]);
    {
        let mut gd = Guard { inner: vec![1], name: "g1" };
        gd.push(2);
        println!("len {} first {:?}", gd.len(), gd.first());
        let _g2 = Guard { inner: "x", name: "g2" };
    }
    let mut keys = vec![Key::Name("b".into()), Key::Pair(1, 2), Key::Id(7), Key::Name("a".into()), Key::Id(3)];
    keys.sort(); println!("{:?}", keys);
    println!("{:?} {:?}", keys.iter().max(), Key::Id(100) < Key::Name(String::new()));
    let set: HashSet<Key> = keys.iter().cloned().collect(); println!("{}", set.contains(&Key::Pair(1, 2)));
    let mut counts: HashMap<Key, usize> = HashMap::new();
    for k in keys.iter().chain(keys.iter().take(2)) { *counts.entry(k.clone()).or_insert(0) += 1; }
    let bt: BTreeSet<(usize, Key)> = counts.into_iter().map(|(k, c)| (c, k)).collect(); println!("{:?}", bt);
    let f: Fact = (1..=5).map(Fact).product(); println!("{}", f.0);
}
