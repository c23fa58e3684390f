// Assigning to a borrowed place while the borrow is still used.

fn main() {
    let mut total = 10;
    let view = &total;
    total = 20; //~ ERROR E0506
    println!("{} {}", view, total);

    let mut pair = (1, 2);
    let left = &mut pair.0;
    pair.1 = 5;
    pair = (0, 0); //~ ERROR E0506
    *left += 1;
    println!("{:?}", pair);
}
