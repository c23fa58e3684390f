fn main() {
    let line = "name=ferrum=compiler";
    let (k, v) = line.split_once('=').unwrap();
    println!("[{}] [{}]", k, v);
    let (a, b) = line.rsplit_once("=").unwrap();
    println!("[{}] [{}]", a, b);
    println!("{}", "novalue".split_once(':').is_none());
    let (x, y) = "a, b".split_once(", ").unwrap();
    println!("[{}] [{}]", x, y);
}
