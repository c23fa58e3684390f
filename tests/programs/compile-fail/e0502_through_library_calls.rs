// A reference obtained through library calls keeps the collection
// borrowed: indexing, `first().unwrap()`, `get`, and string slicing.

fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    v.push(4); //~ ERROR E0502
    println!("{}", first);

    let head = v.first().unwrap();
    v.clear(); //~ ERROR E0502
    println!("{}", head);

    let maybe = v.get(1);
    v.push(5); //~ ERROR E0502
    println!("{:?}", maybe);

    let mut s = String::from("abc");
    let prefix = &s[..1];
    s.push('d'); //~ ERROR E0502
    println!("{}", prefix);

    // Values taken out by value do not keep the collection borrowed.
    let mut opt = Some(String::from("x"));
    let taken = opt.take();
    opt = Some(String::from("y"));
    println!("{:?} {:?}", taken, opt);
}
