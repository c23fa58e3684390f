fn main() {
    if x == 1 {
        foo(
    }
