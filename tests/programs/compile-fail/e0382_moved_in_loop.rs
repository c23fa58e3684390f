// A non-Copy value is moved into a function on every iteration of a loop.

struct Job {
    id: u32,
    cost: u32,
}

fn run(job: Job) -> u32 {
    job.id * job.cost
}

fn main() {
    let job = Job { id: 3, cost: 7 };
    let mut total = 0;
    for _ in 0..3 {
        total += run(job); //~ ERROR E0382
    }
    println!("{}", total);
}
