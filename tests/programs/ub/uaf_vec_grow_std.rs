// Pushing past the capacity of a `Vec` moves its buffer; a pointer taken
// before the push dangles.
fn main() {
    let mut v: Vec<u64> = Vec::with_capacity(2);
    v.push(10);
    v.push(20);
    let first = v.as_ptr();
    println!("{}", unsafe { *first });
    v.push(30);
    println!("{}", v.len());
    println!("{}", unsafe { *first }); //~ UB use-after-free
}
