fn find_even(xs: &[i32]) -> Option<i32> {
    for i in 0..xs.len() {
        if xs[i] % 2 == 0 {
            return Some(xs[i]);
        }
    }
    None
}

fn main() {
    println!("{}", find_even(&[1, 3, 4]).unwrap());
    let odd = vec![1, 3, 5];
    let e = find_even(&odd).unwrap();
    println!("unreachable {}", e);
}
