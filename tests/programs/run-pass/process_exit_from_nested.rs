// A search that exits the whole process from deep inside recursion once it finds an answer.

fn report_and_exit(path: &[u8; 10], depth: usize, target: u32) {
    print!("found subset summing to {}:", target);
    for i in 0..depth {
        print!(" {}", path[i]);
    }
    println!();
    eprint!("exiting with code ");
    eprintln!("{}", 42);
    std::process::exit(42);
}

fn search(items: &[u8], start: usize, remaining: u32, path: &mut [u8; 10], depth: usize, target: u32, visited: &mut u32) {
    *visited += 1;
    if remaining == 0 {
        println!("visited {} nodes", visited);
        report_and_exit(path, depth, target);
    }
    for i in start..items.len() {
        let v = items[i] as u32;
        if v <= remaining {
            path[depth] = items[i];
            search(items, i + 1, remaining - v, path, depth + 1, target, visited);
        }
    }
}

fn main() {
    let items = [31, 17, 9, 22, 5, 13, 40, 8];
    let mut path = [0u8; 10];
    let mut visited = 0;
    search(&items, 0, 200, &mut path, 0, 200, &mut visited);
    println!("no subset sums to 200 ({} nodes)", visited);
    visited = 0;
    search(&items, 0, 57, &mut path, 0, 57, &mut visited);
    println!("not reached");
}
