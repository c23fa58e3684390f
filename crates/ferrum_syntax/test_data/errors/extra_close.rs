fn main() {
    if x == 1 {
    }
}
}
fn g() {}
