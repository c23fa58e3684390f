// A variable that is only initialised on one path is read on all paths.

fn main() {
    let limit = 7;
    let label: &str;
    if limit > 5 {
        label = "high";
    }
    println!("{}", label); //~ ERROR E0381
}
