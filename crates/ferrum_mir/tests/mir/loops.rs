fn sum(n: u32) -> u32 {
    let mut total = 0;
    for i in 0..=n {
        if i % 3 == 0 {
            continue;
        }
        total += i;
    }
    total
}

fn find(a: [i32; 4], x: i32) -> i32 {
    let mut i = 0;
    'search: loop {
        if i == 4 {
            break 'search -1;
        }
        if a[i] == x {
            break i as i32;
        }
        i += 1;
    }
}

fn main() {}
