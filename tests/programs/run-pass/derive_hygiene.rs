// Derived code is hygienic: its paths are absolute (`::core::...`), so
// user items named `Option`, `Some`, `Ordering`, `PartialEq` or `Clone`
// don't change it, and its locals (`other`, `state`, `__self_0`) don't
// collide with user constants of the same names.

#![allow(non_upper_case_globals)]

const other: u8 = 1;
const state: u8 = 2;
const __self_0: u8 = 3;
const __arg1_0: u8 = 4;

#[allow(dead_code)]
struct Option;
#[allow(dead_code)]
struct Some;
#[allow(dead_code)]
enum Ordering {
    Mine,
}
#[allow(dead_code)]
trait PartialEq {}
#[allow(dead_code)]
trait Clone {}

#[derive(std::cmp::PartialEq, std::clone::Clone, PartialOrd, Hash, Eq, Ord)]
enum E {
    A(u8),
    B { v: i16 },
    C,
}

#[derive(core::cmp::PartialEq, PartialOrd)]
struct S(u8, u8);

fn main() {
    println!("{}", E::A(1) == std::clone::Clone::clone(&E::A(1)));
    println!("{}", E::B { v: -1 } < E::B { v: 1 });
    println!("{}", E::C > E::A(200));
    println!("{}", std::cmp::Ord::cmp(&E::C, &E::C) == std::cmp::Ordering::Equal);
    println!("{}", S(1, 2) < S(1, 3));
    println!("{}", other + state + __self_0 + __arg1_0);
    let _ = Ordering::Mine;
}
