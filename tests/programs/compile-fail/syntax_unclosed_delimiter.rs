// A block that is never closed: the parser reaches end of file inside `main`.

fn count_down(n: u32) {
    let mut i = n;
    while i > 0 {
        println!("{}", i);
        i -= 1;
    }
}

fn main() {
    count_down(3);
    if true {
        println!("liftoff"); //~ ERROR unclosed delimiter
