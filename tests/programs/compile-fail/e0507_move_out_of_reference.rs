// Moving a value out from behind a reference.

fn first(v: &Vec<String>) -> String {
    v[0] //~ ERROR E0507
}

fn take(r: &mut String) -> String {
    *r //~ ERROR E0507
}

fn main() {
    let names = vec![String::from("a")];
    let r = &names;
    let s = r[0]; //~ ERROR E0507
    let mut t = String::from("b");
    println!("{} {} {}", s, first(&names), take(&mut t));
    // Fine: copies, clones and `Box` moves.
    let n = &5;
    let m = *n;
    let c = r[0].clone();
    let b = Box::new(String::from("c"));
    let inner = *b;
    println!("{} {} {}", m, c, inner);
}
