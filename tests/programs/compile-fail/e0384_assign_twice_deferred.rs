// `let x;` may be assigned once; a second assignment (also one in a
// later iteration of a loop) needs `let mut x;`.

fn main() {
    let limit;
    limit = 10;
    limit = 20; //~ ERROR E0384
    let last;
    for i in 0..limit {
        last = i; //~ ERROR E0384
    }
    let picked;
    if limit > 5 {
        picked = 1;
    } else {
        picked = 2;
    }
    println!("{}", picked);
}
