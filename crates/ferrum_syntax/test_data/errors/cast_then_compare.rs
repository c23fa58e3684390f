fn main() { if a as usize < b {} let c = x as u32 << 2; }
