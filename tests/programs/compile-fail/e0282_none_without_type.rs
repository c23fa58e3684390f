// `None` alone does not say which Option it is.

fn main() {
    let limit = 10u32;
    let checked = limit.checked_sub(3);
    let nothing = None; //~ ERROR E0282
    if checked.is_some() {
        println!("{}", checked.unwrap());
    }
}
