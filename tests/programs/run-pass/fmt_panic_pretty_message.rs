// A `{:#?}` panic message: the pretty printer writes empty pieces too.
#[derive(Debug)]
struct Job {
    id: u32,
    steps: [&'static str; 2],
}

fn main() {
    let job = Job { id: 4, steps: ["fetch", "build"] };
    println!("{:#?}", job);
    panic!("job failed:\n{:#?}", job);
}
