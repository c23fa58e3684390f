// Initialising an array element by element through MaybeUninit, then
// reading it: every slot is written first, so nothing is reported.
use std::mem::MaybeUninit;

fn squares() -> [u64; 3] {
    let mut slots: [MaybeUninit<u64>; 3] = unsafe { MaybeUninit::uninit().assume_init() };
    for (i, slot) in slots.iter_mut().enumerate() {
        slot.write((i * i) as u64);
    }
    let mut out = [0u64; 3];
    for (o, s) in out.iter_mut().zip(slots.iter()) {
        *o = unsafe { s.assume_init_read() };
    }
    out
}

fn main() {
    let mut cell = MaybeUninit::<String>::uninit();
    let s = cell.write(String::from("written"));
    s.push('!');
    let s = unsafe { cell.assume_init() };
    println!("{s}");
    let z: (u8, u32) = unsafe { MaybeUninit::zeroed().assume_init() };
    println!("{:?}", z);
    let mut raw = MaybeUninit::<[u8; 3]>::uninit();
    unsafe { raw.as_mut_ptr().write([1, 2, 3]) };
    println!("{:?}", unsafe { raw.assume_init_ref() });
    println!("{:?}", squares());
}
