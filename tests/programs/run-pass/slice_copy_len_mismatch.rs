fn main() {
    let mut dst = [0u8; 4];
    let src = [1u8, 2, 3];
    dst[..3].copy_from_slice(&src);
    println!("{} {} {}", dst[0], dst[1], dst[2]);
    dst.copy_from_slice(&src);
}
