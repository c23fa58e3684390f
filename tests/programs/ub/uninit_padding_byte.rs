// The padding after the `u8` field of a struct holding a `u32` is never
// initialised; reading it as a byte is UB (whatever the field order, the
// byte right after `kind` is padding).
struct Header {
    kind: u8,
    len: u32,
}

fn main() {
    let h = Header { kind: 1, len: 300 };
    let k = &h.kind as *const u8;
    println!("{} {}", unsafe { *k }, h.len);
    let pad = unsafe { *k.add(1) }; //~ UB uninit-read
    println!("{}", pad);
}
