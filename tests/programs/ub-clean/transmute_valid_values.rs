// Transmutes and raw loads that produce valid values.
use std::mem;

#[derive(Clone, Copy)]
enum Dir {
    North,
    East,
    South,
    West,
}

fn name(d: Dir) -> &'static str {
    match d {
        Dir::North => "north",
        Dir::East => "east",
        Dir::South => "south",
        Dir::West => "west",
    }
}

fn main() {
    let c: char = unsafe { mem::transmute(0x1F600u32 - 0x1F600 + 0x48) };
    let b: bool = unsafe { mem::transmute(1u8) };
    let n: u32 = unsafe { mem::transmute([1u8, 0, 0, 1]) };
    let f: f32 = unsafe { mem::transmute(0x3f80_0000u32) };
    println!("{} {} {} {}", c, b, n, f);
    let bytes = [0u8, 3, 2];
    for i in 0..3 {
        let d = unsafe { *(&bytes[i] as *const u8 as *const Dir) };
        print!("{} ", name(d));
    }
    println!();
    let raw = [1u8, 0];
    let flags = &raw as *const [u8; 2] as *const bool;
    unsafe { println!("{} {}", *flags, *flags.add(1)) };
}
