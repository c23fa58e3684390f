// Only the standard library may define inherent methods on primitive types
// such as raw pointers and integers.
impl<T> *const T { //~ ERROR E0390
    fn my_is_null(self) -> bool {
        false
    }
}

impl u8 { //~ ERROR E0390
    fn twice(self) -> u8 {
        self * 2
    }
}

fn main() {
    println!("{}", 3u8);
}
