// Exit codes are truncated to a byte by the OS: exit(-1) is observed as 255.

fn fail_fast(errors: u32) -> i32 {
    if errors > 3 { -1 } else { errors as i32 }
}

fn count_errors(readings: &[i32]) -> u32 {
    let mut errors = 0;
    for i in 0..readings.len() {
        if readings[i] < 0 || readings[i] > 1000 {
            eprintln!("reading {} out of range: {}", i, readings[i]);
            errors += 1;
        }
    }
    errors
}

fn main() {
    let batch1 = [10, 20, 30];
    let batch2 = [5, -1, 2000, 7, -8, 1001, 3];
    let e1 = count_errors(&batch1);
    println!("batch 1: {} errors, code {}", e1, fail_fast(e1));
    let e2 = count_errors(&batch2);
    println!("batch 2: {} errors, code {}", e2, fail_fast(e2));
    print!("exiting without a trailing newline");
    std::process::exit(fail_fast(e2));
}
