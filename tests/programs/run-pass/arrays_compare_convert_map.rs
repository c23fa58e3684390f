// Arrays as values: comparison and ordering, Default, Hash in a set, map,
// from_fn, conversions from slices and into vectors and collections.
use std::collections::{BTreeMap, HashSet};
use std::convert::TryFrom;

#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Board {
    cells: [[u8; 3]; 3],
}

fn checksum(bytes: &[u8]) -> u32 {
    bytes.iter().map(|&b| b as u32).sum()
}

fn main() {
    let a = [1, 2, 3];
    let b = [1, 2, 4];
    println!("{} {} {} {:?}", a == b, a < b, a != [1, 2, 3], a.cmp(&b));
    let v = vec![1, 2, 3];
    println!("{} {}", v == a, v == &a);
    let slice: &[i32] = &v;
    println!("{}", a == slice);

    let mut board = Board::default();
    board.cells[1][1] = 5;
    let other = board.clone();
    println!("{:?}", board);
    println!("{} {}", board == other, board > Board::default());
    let mut seen = HashSet::new();
    seen.insert([1u8, 2]);
    seen.insert([1u8, 2]);
    seen.insert([2u8, 1]);
    println!("{}", seen.len());

    let squares = [1, 2, 3, 4].map(|x| x * x);
    let names = ["ann", "bo"].map(String::from);
    println!("{:?} {:?}", squares, names);
    let idx: [usize; 5] = std::array::from_fn(|i| i * 10);
    println!("{:?}", idx);

    let bytes = [0xde, 0xad, 0xbe, 0xef, 0x01];
    let head: [u8; 4] = <[u8; 4]>::try_from(&bytes[..4]).unwrap();
    println!("{:x}", u32::from_be_bytes(head));
    let bad = <[u8; 4]>::try_from(&bytes[..3]);
    println!("{:?}", bad.is_err());
    if let Err(e) = <[u8; 2]>::try_from(&bytes[..]) {
        println!("{e}");
    }
    println!("{}", checksum(bytes.as_ref()));

    let as_vec: Vec<&str> = Vec::from(["x", "y"]);
    let counts = BTreeMap::from([("a", 1), ("b", 2)]);
    println!("{:?} {:?}", as_vec, counts);
    let zeros: [Vec<i32>; 3] = Default::default();
    println!("{:?}", zeros);
    let total: i32 = [[1, 2], [3, 4]].iter().flatten().sum();
    println!("{total}");
    let mut grid = [[0; 4]; 2];
    for (r, row) in grid.iter_mut().enumerate() {
        for (c, cell) in row.iter_mut().enumerate() {
            *cell = r * 4 + c;
        }
    }
    println!("{:?}", grid);
    let words = ["pear", "fig", "apple"];
    let mut sorted = words;
    sorted.sort();
    println!("{:?} {:?}", words, sorted);
    println!("{:?}", words.iter().rev().collect::<Vec<_>>());
    println!("{}", words.contains(&"fig"));
}
