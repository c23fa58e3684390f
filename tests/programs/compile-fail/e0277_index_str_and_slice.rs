// Strings are not indexed by integers, and slices only by `usize` and
// ranges of it.

fn main() {
    let s = String::from("abc");
    let c = s[0]; //~ ERROR E0277
    let t = "xyz";
    let d = t[1]; //~ ERROR E0277
    let v = vec![1, 2, 3];
    let x = v["a"]; //~ ERROR E0277
    let i: i32 = 1;
    let y = v[i]; //~ ERROR E0277
    println!("{:?} {:?} {:?} {:?}", c, d, x, y);
}
