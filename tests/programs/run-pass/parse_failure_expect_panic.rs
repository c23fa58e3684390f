fn main() {
    let fields = ["12", "7", "oops"];
    let mut sum = 0;
    for i in 0..fields.len() {
        let n: i32 = fields[i].parse().ok().expect("every field is a number");
        sum += n;
        println!("running sum {}", sum);
    }
}
