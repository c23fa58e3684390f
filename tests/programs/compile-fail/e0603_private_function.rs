// Calling a private function from outside its module.

mod crypto {
    pub fn encrypt(v: u32, key: u32) -> u32 {
        mix(v) ^ key
    }

    fn mix(v: u32) -> u32 {
        v.wrapping_mul(2654435761)
    }
}

fn main() {
    let e = crypto::encrypt(42, 7);
    let m = crypto::mix(42); //~ ERROR E0603
    println!("{} {}", e, m);
}
