// #[derive(Hash)] on structs, enums (several variants: the discriminant
// is fed first as its repr type, `isize` by default; a single variant: no
// discriminant) and generic types, through a Hasher that prints what it is
// fed; and std's DefaultHasher (SipHash-1-3), whose values must equal std's.

use std::hash::{Hash, Hasher};
use std::collections::hash_map::DefaultHasher;

struct Show;
impl Hasher for Show {
    fn finish(&self) -> u64 { 0 }
    fn write(&mut self, bytes: &[u8]) {
        print!("write[");
        let mut i = 0;
        while i < bytes.len() { print!(" {}", bytes[i]); i += 1; }
        println!(" ]");
    }
    fn write_u8(&mut self, i: u8) { println!("u8 {}", i); }
    fn write_u32(&mut self, i: u32) { println!("u32 {}", i); }
    fn write_isize(&mut self, i: isize) { println!("isize {}", i); }
    fn write_usize(&mut self, i: usize) { println!("usize {}", i); }
}

#[derive(Hash)]
struct P { x: i32, y: u8 }
#[derive(Hash)]
enum E { A, B(i64, bool), C { c: char } }
#[derive(Hash)]
enum One { Only(u16) }
#[derive(Hash)]
struct G<T>(T, ());

fn h<T: Hash>(v: &T) -> u64 { let mut s = DefaultHasher::new(); v.hash(&mut s); s.finish() }

fn main() {
    P { x: -1, y: 7 }.hash(&mut Show);
    E::A.hash(&mut Show);
    E::B(5, true).hash(&mut Show);
    E::C { c: 'z' }.hash(&mut Show);
    One::Only(9).hash(&mut Show);
    G("hi", ()).hash(&mut Show);
    Some(3u8).hash(&mut Show);
    let n: Option<u8> = None;
    n.hash(&mut Show);
    let r: Result<u8, i8> = Err(-2);
    r.hash(&mut Show);
    (1u8, 'a').hash(&mut Show);
    let s: &[u16] = &[1, 2];
    s.hash(&mut Show);
    std::cmp::Ordering::Less.hash(&mut Show);
    println!("{}", h(&1u64));
    println!("{}", h(&"hello"));
    println!("{}", h(&P { x: 3, y: 4 }));
    println!("{}", h(&E::B(-7, false)));
    println!("{}", h(&(1u8, 2u16, 3u32, 4u64, 5u128, 6usize)));
    let long: &[u32] = &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    println!("{}", h(&long));
    println!("{}", h(&"a much longer string that spans several words of siphash input"));
    println!("{}", h(&Some(E::C { c: 'q' })));
    let mut st = DefaultHasher::new();
    st.write(&[1, 2, 3]);
    st.write_u8(4);
    st.write(&[5, 6, 7, 8, 9, 10, 11, 12, 13]);
    println!("{}", st.finish());
}
