// Inherent methods on a type the library defines are not allowed.
use std::alloc::Layout;

impl Option<u8> { //~ ERROR E0116
    fn doubled(self) -> u8 {
        2
    }
}

impl Layout { //~ ERROR E0116
    fn bytes(&self) -> usize {
        self.size()
    }
}

fn main() {}
