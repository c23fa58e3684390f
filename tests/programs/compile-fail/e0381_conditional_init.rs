// Variables assigned on some paths only, or never, cannot be read.

fn main() {
    let n = 17;
    let parity: u32;
    if n % 2 == 0 {
        parity = 0;
    } else if n % 3 == 0 {
        parity = 1;
    }
    println!("{}", parity); //~ ERROR E0381
    let found: usize;
    let mut i = 0;
    while i < 10 {
        if i * i > n {
            found = i;
            break;
        }
        i += 1;
    }
    println!("{}", found); //~ ERROR E0381
    let never: [i32; 2];
    let r = &never; //~ ERROR E0381
    println!("{}", r[0]);
}
