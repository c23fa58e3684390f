// Reading a value while a mutable borrow of it is still in use.

fn main() {
    let mut level = 3;
    let bump = &mut level;
    let copy = level + 1; //~ ERROR E0503
    *bump += 1;
    println!("{} {}", copy, level);
}
