// A user FromIterator impl: collect through the default method, for over a generic IntoIterator with an Item binding.
struct Total(i32);
impl FromIterator<i32> for Total {
    fn from_iter<I: IntoIterator<Item = i32>>(iter: I) -> Total {
        let mut t = 0;
        for x in iter {
            t += x;
        }
        Total(t)
    }
}
fn main() {
    let t: Total = (1..5).collect();
    println!("{}", t.0);
}
