// Importing a private constant and a private struct through `use`.

mod config {
    const SECRET: u64 = 0xDEADBEEF;
    pub const PUBLIC: u64 = 1;

    struct Internal {
        pub flag: bool,
    }

    pub fn secret_hint() -> u64 {
        SECRET >> 16
    }
}

use config::SECRET; //~ ERROR E0603
use config::{Internal, PUBLIC}; //~ ERROR E0603

fn main() {
    println!("{} {} {}", PUBLIC, config::secret_hint(), SECRET);
}
