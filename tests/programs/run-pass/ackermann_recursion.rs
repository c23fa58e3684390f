// Deep and branching recursion: Ackermann, McCarthy 91, Hofstadter sequences, call counting.

static mut CALLS: u64 = 0;

fn ackermann(m: u64, n: u64) -> u64 {
    unsafe {
        CALLS += 1;
    }
    if m == 0 {
        n + 1
    } else if n == 0 {
        ackermann(m - 1, 1)
    } else {
        ackermann(m - 1, ackermann(m, n - 1))
    }
}

fn mccarthy91(n: i32) -> i32 {
    if n > 100 { n - 10 } else { mccarthy91(mccarthy91(n + 11)) }
}

fn hofstadter_q(n: usize, memo: &mut [u32; 200]) -> u32 {
    if n <= 2 {
        return 1;
    }
    if memo[n] != 0 {
        return memo[n];
    }
    let a = hofstadter_q(n - hofstadter_q(n - 1, memo) as usize, memo);
    let b = hofstadter_q(n - hofstadter_q(n - 2, memo) as usize, memo);
    memo[n] = a + b;
    memo[n]
}

fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}

fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}

fn tak(x: i32, y: i32, z: i32) -> i32 {
    if y < x { tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y)) } else { z }
}

fn main() {
    for m in 0..4 {
        for n in 0..5 {
            unsafe {
                CALLS = 0;
            }
            let r = ackermann(m, n);
            let calls = unsafe { CALLS };
            print!("A({},{})={:<4} [{:>5} calls]  ", m, n, r, calls);
        }
        println!();
    }
    print!("M91:");
    for n in 85..105 {
        print!(" {}", mccarthy91(n));
    }
    println!();
    let mut memo = [0u32; 200];
    print!("Q:");
    for n in 1..30 {
        print!(" {}", hofstadter_q(n, &mut memo));
    }
    println!();
    println!("Q(199) = {}", hofstadter_q(199, &mut memo));
    println!("even(1001)={} odd(1001)={}", is_even(1001), is_odd(1001));
    println!("tak(18, 12, 6) = {}", tak(18, 12, 6));
}
