// `#[macro_export]` macros of the library are usable by name and through
// `std::`; their `$crate` names the library.
mod exported {
    pub fn make(n: i32) -> i32 {
        -n
    }
}

fn main() {
    let a = make_twice!(1);
    let b = std::make_twice!(2);
}
