// Reading past the capacity of a `Vec` through its raw pointer.
fn main() {
    let v: Vec<u8> = vec![1, 2, 3, 4];
    let p = v.as_ptr();
    let mut total = 0u32;
    for i in 0..=v.capacity() {
        total += unsafe { *p.wrapping_add(i) } as u32; //~ UB out-of-bounds
    }
    println!("{}", total);
}
