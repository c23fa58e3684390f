// A struct stores a raw pointer to a caller's temporary through `ptr::write`.
use std::ptr;

struct Holder {
    target: *mut i64,
}

impl Holder {
    fn attach(&mut self) {
        let mut local = 9i64;
        self.target = &mut local;
        unsafe { println!("{}", *self.target) };
    }

    fn bump(&self) {
        unsafe { ptr::write(self.target, 10) }; //~ UB dangling-stack
    }
}

fn main() {
    let mut h = Holder { target: ptr::null_mut() };
    h.attach();
    h.bump();
}
