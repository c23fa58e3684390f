fn main() {
    if x 5 {}
}
fn g() {
    while x 5 {}
}
fn h() { for x in y 5 {} }
fn k() { match x 5 {} }
