// Box<str>, Box<[T]>, Rc<str> and Rc<[T]> built from strings, vectors and slices, and back.
use std::rc::Rc;
fn main() {
    let b: Box<str> = Box::from("hello");
    let b2 = b.clone();
    println!("{} {} {}", b, b2.len(), b2.to_uppercase());
    let s: String = String::from(b);
    println!("{s}");
    let bs: Box<[i32]> = vec![1, 2, 3].into_boxed_slice();
    println!("{:?} {}", bs, bs.len());
    let v: Vec<i32> = Vec::from(bs.clone());
    println!("{:?}", v);
    let r: Rc<str> = Rc::from("shared");
    let r2 = Rc::clone(&r);
    println!("{} {} {}", r, r2.len(), Rc::strong_count(&r));
    let rs: Rc<[String]> = Rc::from(vec!["a".to_string(), "b".to_string()]);
    println!("{:?}", rs);
    let rb: Rc<[u64]> = Rc::from(&[7u64, 8][..]);
    println!("{:?} {}", rb, rb.iter().sum::<u64>());
    let big: Box<str> = String::from("xyz").into_boxed_str();
    println!("{}", big);
}
