// Building bit masks with shifts; a shift amount equal to the bit width panics.

fn mask(bits: u32) -> u32 {
    if bits == 0 {
        return 0;
    }
    (1u32 << bits) - 1
}

fn main() {
    let mut b = 0;
    while b <= 28 {
        println!("mask({:>2}) = {:#010x} {:032b}", b, mask(b), mask(b));
        b += 4;
    }
    println!("wrapping_shl(1, 33) = {}", 1u32.wrapping_shl(33));
    println!("checked_shl(1, 32) is none: {}", 1u32.checked_shl(32).is_none());
    let widths = [30, 31, 32];
    for i in 0..widths.len() {
        println!("mask({}) = {:#x}", widths[i], mask(widths[i]));
    }
}
