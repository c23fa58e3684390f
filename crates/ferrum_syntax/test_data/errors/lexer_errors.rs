fn main() {
    let a = 1 № 2;
    let b = '';
    let c = "\x80";
    let d = b"\u{41}";
    let e = 0o9;
    let f = "bad \z escape";
}
/* unterminated
