// `MaybeUninit::assume_init` on memory that was never written: the value
// read is uninitialised.
use std::mem::MaybeUninit;

fn fill(buf: &mut [MaybeUninit<u32>], upto: usize) {
    for (i, slot) in buf.iter_mut().enumerate().take(upto) {
        slot.write(i as u32 * 3);
    }
}

fn main() {
    let mut buf = [MaybeUninit::<u32>::uninit(); 4];
    fill(&mut buf, 3);
    let mut total = 0;
    for slot in &buf {
        total += unsafe { slot.assume_init_read() }; //~ UB uninit-read
    }
    println!("{total}");
}
