fn main() {
    let good = vec![104, 195, 169, 108];
    let s = String::from_utf8(good).unwrap();
    println!("{} {}", s.as_str(), s.len());
    let bad = vec![104, 255, 105];
    let e = String::from_utf8(bad);
    println!("{}", e.is_err());
    let err = e.err().unwrap();
    println!("{} {}", err.utf8_error().valid_up_to(), err.utf8_error().error_len().unwrap_or(99));
    let trunc = [104u8, 226, 130];
    let e2 = std::str::from_utf8(&trunc).unwrap_err();
    println!("{} {}", e2.valid_up_to(), e2.error_len().unwrap_or(99));
    let lossy = String::from_utf8_lossy(&[72, 105, 255, 226, 130, 33, 240, 159, 152, 128]);
    let l: &str = &*lossy;
    println!("{}", l);
    println!("{}", std::str::from_utf8(b"plain").unwrap());
}
