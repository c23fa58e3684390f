fn main() {
    let x = 5
    let y = 6;
    foo(1, 2;);
    let z = ;
    y = 3
}

fn g() {
    let w = 1 }
