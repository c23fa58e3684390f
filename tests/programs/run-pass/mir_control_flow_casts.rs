// MIR lowering of control flow: labelled breaks, inclusive ranges at MAX, casts, statics, shadowing.
static mut COUNTER: u32 = 0;
static NAMES: [&str; 3] = ["a", "b", "c"];
const LIMIT: i32 = 10;

#[derive(Clone, Copy, Debug)]
struct V { x: i32, y: i32, z: i32 }

#[derive(Debug, Clone, Copy)]
enum E { A = 3, B = 7, C }

fn bump() -> u32 { unsafe { COUNTER += 1; COUNTER } }

fn labelled() -> i32 {
    let mut total = 0;
    'outer: for i in 0..10 {
        for j in 0..10 {
            if j > i { continue 'outer; }
            if i + j > 12 { break 'outer; }
            total += i * j;
        }
    }
    let v = 'blk: {
        if total > 100 { break 'blk total / 2; }
        total
    };
    let mut k = 0;
    let w = loop { k += 3; if k > 20 { break k * 2; } };
    v + w
}

fn ranges() {
    let mut s: u8 = 0;
    for i in 250u8..=255 { s = s.wrapping_add(i); }
    println!("incl {}", s);
    let mut c = 0;
    for _ in 5..3 { c += 1; }
    for _ in 5..=5 { c += 10; }
    for _ in (i8::MAX - 1)..=i8::MAX { c += 100; }
    println!("c {}", c);
}

fn casts() {
    let a: i32 = -1;
    println!("{} {} {} {}", a as u8, a as u64, 300i32 as u8, -1i8 as u32);
    println!("{} {} {}", 3.9f64 as i32, -3.9f64 as u8, 1e20 as i32);
    println!("{} {} {}", 'A' as u8, 97u8 as char, true as i32);
    println!("{} {} {}", E::A as i32, E::B as u8, E::C as i64);
    println!("{} {}", 255u8 as i8, (1u64 << 40) as f32);
}

fn structs() {
    let v = V { x: 1, y: 2, z: 3 };
    let w = V { y: 20, ..v };
    let mut arr = [v, w, V { x: 0, y: 0, z: 0 }];
    arr[2].z = 99;
    arr[0] = V { x: -1, ..arr[1] };
    let r = &mut arr[1];
    r.x += 5;
    (*r).y *= 2;
    for i in 0..3 { print!("({} {} {}) ", arr[i].x, arr[i].y, arr[i].z); }
    println!();
    let t = (1, (2.5, 'x'), [1u8, 2]);
    println!("{:?} {} {}", t, (t.1).0, t.2[1]);
}

fn ptrs() {
    let mut x = 5;
    let p = &mut x as *mut i32;
    unsafe { *p += 1; *p *= 3; }
    let q = &raw const x;
    println!("{} {}", x, unsafe { *q });
    let arr = [10, 20, 30];
    let ap = &arr as *const [i32; 3] as *const i32;
    println!("{}", unsafe { *ap });
}

fn shadow() -> i32 {
    let x = 1;
    let x = { let x = x + 1; x * 10 };
    let y = if x > 5 { let x = 7; x } else { x };
    x + y
}

fn while_let() {
    let mut stack = [Some(1), Some(2), None, Some(4)];
    let mut i = 0;
    while let Some(v) = stack[i] {
        println!("v={}", v);
        stack[i] = None;
        i += 1;
    }
}

fn div(a: i32, b: i32) -> i32 { a / b + a % b }

fn main() {
    bump(); bump();
    println!("{} {} {}", bump(), NAMES[1], LIMIT * 2);
    println!("{}", labelled());
    ranges();
    casts();
    structs();
    ptrs();
    println!("{}", shadow());
    while_let();
    println!("{} {}", div(17, 5), div(-17, 5));
    let big: i128 = 170141183460469231731687303715884105727;
    println!("{} {}", big, (big / 3) as u128 * 2);
    println!("{} {} {}", 1u32 << 31, -16i32 >> 2, 0xF0u8 >> 4);
    let neg = -(5i64);
    println!("{} {}", neg, -neg);
    let b = !true || (false && bump() > 0);
    println!("{} {}", b, unsafe { COUNTER });
}
