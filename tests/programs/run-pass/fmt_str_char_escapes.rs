// `{:?}` escapes of chars and strings, and width/precision on `str`
// and `char` (counted in chars).
fn main() {
    let chars = ['a', '\'', '"', '\\', '\n', '\t', '\r', '\0', '\u{7f}', 'é', '\u{301}', '\u{200b}', '😀'];
    for i in 0..chars.len() {
        let c = chars[i];
        println!("{} {:?}", c, c);
    }
    println!("{:?}", "tab\there \"quoted\" 'single' back\\slash\nnew é\u{301} \u{7f}\u{0}");
    println!("[{:6}] [{:>6}] [{:^6}] [{:.2}] [{:>6.3}]", "héllo", "héllo", "héllo", "héllo", "héllo");
    println!("[{:3}] [{:>3}] [{:^5}] [{:-<4}]", 'é', 'x', '😀', 'y');
    println!("[{:10?}] [{:<10?}]", "ab", 'c');
    println!("{:?}", ["a\nb", "", " "]);
}
