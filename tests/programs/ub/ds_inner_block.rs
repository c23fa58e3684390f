// A pointer to a variable of an inner block, used after the block ended.
fn main() {
    let p: *mut u64;
    {
        let mut inner = 40u64;
        p = &mut inner;
        unsafe { *p += 2 };
        println!("{}", inner);
    }
    unsafe { *p = 0 }; //~ UB dangling-stack
}
