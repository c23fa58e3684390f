// `Vec::set_len` over capacity that was never written.
fn main() {
    let mut v: Vec<u32> = Vec::with_capacity(4);
    v.push(7);
    unsafe { v.set_len(3) };
    let mut sum = 0;
    for i in 0..v.len() {
        sum += v[i]; //~ UB uninit-read
    }
    println!("{}", sum);
}
