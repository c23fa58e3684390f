// Returning a pointer to a local variable of the callee.
fn make() -> *const i32 {
    let x = 5;
    &x as *const i32
}

fn main() {
    let p = make();
    let v = unsafe { *p }; //~ UB dangling-stack
    println!("{}", v);
}
