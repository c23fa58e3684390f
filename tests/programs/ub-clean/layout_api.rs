// `Layout`: sizes and alignments of types and arrays, and the errors of
// `from_size_align` and `array`.
use std::alloc::Layout;

struct Mixed {
    a: u8,
    b: u64,
    c: u16,
}

fn describe(name: &str, l: Layout) {
    println!("{}: size {} align {}", name, l.size(), l.align());
}

fn check(size: usize, align: usize) {
    match Layout::from_size_align(size, align) {
        Ok(l) => println!("{} {} ok ({} {})", size, align, l.size(), l.align()),
        Err(_) => println!("{} {} rejected", size, align),
    }
}

fn main() {
    describe("u8", Layout::new::<u8>());
    describe("u32", Layout::new::<u32>());
    describe("Mixed", Layout::new::<Mixed>());
    describe("[u16; 5]", Layout::new::<[u16; 5]>());
    describe("()", Layout::new::<()>());
    match Layout::array::<u64>(7) {
        Ok(l) => describe("array u64 x7", l),
        Err(_) => println!("array failed"),
    }
    println!("{}", Layout::array::<u64>(usize::MAX / 4).is_err());
    check(16, 8);
    check(0, 1);
    check(10, 3);
    check(10, 0);
    check(usize::MAX, 1);
    check(isize::MAX as usize, 1);
    check(isize::MAX as usize, 2);
    let a = Layout::new::<u32>();
    let b = unsafe { Layout::from_size_align_unchecked(4, 4) };
    println!("{}", a == b);
}
