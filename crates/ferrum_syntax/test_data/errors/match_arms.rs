fn main() {
    match x {
        1 => 2
        3 => 4,
        5 => ,
        _ => {}
    }
}
