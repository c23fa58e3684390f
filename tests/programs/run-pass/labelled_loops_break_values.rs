// Labelled break/continue across nested loops, loop break values, labelled blocks.

fn find_pair_with_sum(a: &[i32], target: i32) -> (usize, usize) {
    let mut result = (usize::MAX, usize::MAX);
    'outer: for i in 0..a.len() {
        for j in i + 1..a.len() {
            if a[i] + a[j] == target {
                result = (i, j);
                break 'outer;
            }
        }
    }
    result
}

fn first_square_above(limit: u64) -> u64 {
    let mut n = 0u64;
    loop {
        n += 1;
        if n * n > limit {
            break n * n;
        }
    }
}

fn pythagorean_triples(max: u32) -> u32 {
    let mut count = 0;
    'a: for a in 1..max {
        'b: for b in a..max {
            for c in b..max {
                if a * a + b * b == c * c {
                    println!("  triple ({}, {}, {})", a, b, c);
                    count += 1;
                    continue 'b;
                }
                if a * a + b * b < c * c {
                    continue 'b;
                }
                if count >= 8 {
                    break 'a;
                }
            }
        }
    }
    count
}

fn grid_search(grid: &[[u8; 5]; 4], wanted: u8) -> i32 {
    let found = 'search: {
        for r in 0..4 {
            for c in 0..5 {
                if grid[r][c] == wanted {
                    break 'search (r * 5 + c) as i32;
                }
            }
        }
        -1
    };
    found
}

fn main() {
    let data = [8, 3, 11, 7, -2, 5, 14];
    println!("pair summing to 12: {:?}", find_pair_with_sum(&data, 12));
    println!("pair summing to 100: {:?}", find_pair_with_sum(&data, 100));
    println!("first square above 1000: {}", first_square_above(1000));
    println!("found {} triples", pythagorean_triples(30));
    let grid = [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [11, 12, 13, 14, 15], [16, 17, 18, 19, 20]];
    println!("13 at {} / 99 at {}", grid_search(&grid, 13), grid_search(&grid, 99));

    let mut counter = 0;
    let mut skipped = 0;
    'rows: while counter < 50 {
        counter += 1;
        let mut k = 0;
        loop {
            k += 1;
            if k > 3 {
                break;
            }
            if (counter + k) % 7 == 0 {
                skipped += 1;
                continue 'rows;
            }
        }
    }
    println!("counter {} skipped {}", counter, skipped);

    let value = loop {
        counter -= 7;
        if counter < 10 {
            break counter * 100;
        }
    };
    println!("loop value {}", value);

    let mut total = 0;
    let label_result = 'block: {
        if value < 0 {
            break 'block "negative";
        }
        total += value;
        if total > 500 {
            break 'block "big";
        }
        "small"
    };
    println!("{} {}", label_result, total);
}
