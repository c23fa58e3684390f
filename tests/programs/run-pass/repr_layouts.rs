// `#[repr(...)]` changes layout: C field order, enum tag integers, C enums,
// alignment. Offsets are read through raw pointers, as FFI-minded code does.
use std::mem::{align_of, size_of};

#[repr(C)]
struct Header {
    kind: u8,
    len: u32,
    flags: u16,
}

struct Plain {
    kind: u8,
    len: u32,
    flags: u16,
}

#[repr(u8)]
#[derive(Debug, Clone, Copy, PartialEq)]
enum Color {
    Red = 1,
    Green = 2,
    Blue = 4,
}

#[repr(u32)]
#[allow(dead_code)]
enum Wide {
    A,
    B,
}

#[repr(C)]
#[allow(dead_code)]
enum CEnum {
    X,
    Y,
}

#[repr(u8)]
#[allow(dead_code)]
enum Tagged {
    Byte(u8),
    Word(u32),
    Pair(u8, u16),
}

#[repr(C)]
#[allow(dead_code)]
enum CTagged {
    Byte(u8),
    Long(u64),
}

#[repr(align(16))]
struct Aligned {
    x: u8,
}

#[repr(C, align(8))]
struct Both {
    a: u8,
    b: u16,
}

fn offset_of_field<T, F>(base: &T, field: &F) -> usize {
    field as *const F as usize - base as *const T as usize
}

fn main() {
    let h = Header { kind: 1, len: 300, flags: 7 };
    println!(
        "Header: size {} align {} offsets {} {} {}",
        size_of::<Header>(),
        align_of::<Header>(),
        offset_of_field(&h, &h.kind),
        offset_of_field(&h, &h.len),
        offset_of_field(&h, &h.flags)
    );
    let first = unsafe { *(&h as *const Header as *const u8) };
    println!("first byte {first}");
    let p = Plain { kind: 1, len: 300, flags: 7 };
    println!("Plain: size {} sum {}", size_of::<Plain>(), p.kind as u32 + p.len + p.flags as u32);

    println!("Color: size {} {:?} as u8 {}", size_of::<Color>(), Color::Blue, Color::Blue as u8);
    let raw: u8 = unsafe { std::mem::transmute(Color::Green) };
    println!("Green is stored as {raw}");
    println!("Option<Color>: {}", size_of::<Option<Color>>());
    println!("Wide: {} CEnum: {}", size_of::<Wide>(), size_of::<CEnum>());
    println!("Tagged: size {} align {}", size_of::<Tagged>(), align_of::<Tagged>());
    let t = Tagged::Pair(9, 500);
    let tag = unsafe { *(&t as *const Tagged as *const u8) };
    println!("Pair tag {tag}");
    if let Tagged::Pair(a, b) = t {
        println!("Pair {a} {b}");
    }
    for t in [Tagged::Byte(3), Tagged::Word(70000)] {
        match t {
            Tagged::Byte(b) => println!("byte {b}"),
            Tagged::Word(w) => println!("word {w}"),
            Tagged::Pair(..) => println!("pair"),
        }
    }
    println!("CTagged: size {} align {}", size_of::<CTagged>(), align_of::<CTagged>());
    let a = Aligned { x: 5 };
    println!("Aligned: size {} align {} x {}", size_of::<Aligned>(), align_of::<Aligned>(), a.x);
    println!("addr multiple of 16: {}", &a as *const Aligned as usize % 16 == 0);
    let b = Both { a: 1, b: 2 };
    println!("Both: size {} align {} b at {}", size_of::<Both>(), align_of::<Both>(), offset_of_field(&b, &b.b));
    println!("[Aligned; 3]: {}", size_of::<[Aligned; 3]>());
}
