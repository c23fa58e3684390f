// A raw pointer into a `Vec`'s buffer outlives the vector.
fn main() {
    let p: *const i32;
    {
        let v = vec![1, 2, 3];
        p = v.as_ptr();
        println!("{}", unsafe { *p.add(2) });
    }
    println!("{}", unsafe { *p }); //~ UB use-after-free
}
