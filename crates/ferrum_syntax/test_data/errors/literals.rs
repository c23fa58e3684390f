fn main() {
    let a = 0b102;
    let b = 0x;
    let c = 1e;
    let d = 99999999999999999999999999999999999999999;
    let e = 1u7;
    let f = 'ab';
    let g = '\q';
    let h = "\u{110000}";
    let i = b'é';
    let j = 1.0foo;
}
