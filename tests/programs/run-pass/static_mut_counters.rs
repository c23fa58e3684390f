// Global state: static mut counters and buffers, plain statics and consts.

static GREETING: &str = "counter demo";
static PRIMES: [u32; 6] = [2, 3, 5, 7, 11, 13];
const LIMIT: usize = 5;

static mut CALLS: u32 = 0;
static mut LOG: [u8; 16] = [0; 16];
static mut LOG_LEN: usize = 0;
static mut MAX_SEEN: i64 = i64::MIN;

fn record(tag: u8) {
    unsafe {
        CALLS += 1;
        if LOG_LEN < 16 {
            LOG[LOG_LEN] = tag;
            LOG_LEN += 1;
        }
    }
}

fn observe(v: i64) {
    record('o' as u8);
    unsafe {
        if v > MAX_SEEN {
            MAX_SEEN = v;
        }
    }
}

fn fib(n: u32) -> u64 {
    record('f' as u8);
    if n < 2 { n as u64 } else { fib(n - 1) + fib(n - 2) }
}

fn next_id() -> u32 {
    static mut NEXT: u32 = 100;
    unsafe {
        NEXT += 1;
        NEXT
    }
}

fn main() {
    println!("{}", GREETING);
    let data = [5i64, -3, 42, 17, 41];
    for i in 0..LIMIT {
        observe(data[i] * PRIMES[i] as i64);
    }
    unsafe {
        println!("calls so far {} max seen {}", CALLS, MAX_SEEN);
    }
    println!("fib(10) = {}", fib(10));
    let calls = unsafe { CALLS };
    println!("calls after fib {}", calls);
    unsafe {
        print!("log:");
        for i in 0..LOG_LEN {
            print!(" {}", LOG[i] as char);
        }
        println!(" ({} entries)", LOG_LEN);
    }
    println!("ids {} {} {}", next_id(), next_id(), next_id());
    let mut sum = 0;
    for i in 0..PRIMES.len() {
        sum += PRIMES[i];
    }
    println!("sum of static primes {}", sum);
    unsafe {
        CALLS = 0;
        LOG_LEN = 0;
    }
    fib(3);
    unsafe {
        println!("after reset: {} calls, {} logged", CALLS, LOG_LEN);
    }
}
