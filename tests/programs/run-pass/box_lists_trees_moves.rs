// Box: recursive enums and trees, moving out of *b, into_raw/from_raw, drop order.
#[derive(Debug)]
enum List { Cons(i32, Box<List>), Nil }
use List::{Cons, Nil};
struct Noisy(i32);
impl Drop for Noisy { fn drop(&mut self) { println!("drop {}", self.0); } }
fn sum(l: &List) -> i32 { match l { Cons(v, rest) => v + sum(rest), Nil => 0 } }
#[derive(Debug)]
struct Tree { val: i32, left: Option<Box<Tree>>, right: Option<Box<Tree>> }
fn insert(t: Option<Box<Tree>>, v: i32) -> Option<Box<Tree>> {
    match t {
        None => Some(Box::new(Tree { val: v, left: None, right: None })),
        Some(mut n) => { if v < n.val { n.left = insert(n.left.take(), v); } else { n.right = insert(n.right.take(), v); } Some(n) }
    }
}
fn inorder(t: &Option<Box<Tree>>, out: &mut Vec<i32>) { if let Some(n) = t { inorder(&n.left, out); out.push(n.val); inorder(&n.right, out); } }
fn main() {
    let l = Cons(1, Box::new(Cons(2, Box::new(Cons(3, Box::new(Nil))))));
    println!("{}", sum(&l));
    let b = Box::new(Noisy(7));
    let n = *b;
    println!("moved out {}", n.0);
    let mut bx = Box::new(5);
    *bx += 1;
    println!("{} {}", bx, *bx + 1);
    let mut root = None;
    let vals = [5, 3, 8, 1, 4, 9]; for i in 0..6 { root = insert(root, vals[i]); }
    let mut out = Vec::new();
    inorder(&root, &mut out);
    println!("{:?}", out);
    let raw = Box::into_raw(Box::new(Noisy(9)));
    let back = unsafe { Box::from_raw(raw) };
    println!("back {}", back.0);
    let _keep = Box::new(Noisy(10));
    println!("{:?}", Box::new(3));
}
