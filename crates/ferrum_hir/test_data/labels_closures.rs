// Loops with labels and values, labelled blocks, closures and captures.
fn main() {
    let mut count = 0;
    let found = 'outer: loop {
        for i in 0..10 {
            for j in 0..10 {
                if i * j == 42 {
                    break 'outer (i, j);
                }
                if j > i {
                    continue 'outer;
                }
            }
        }
        break (0, 0);
    };
    let v = 'blk: {
        if count > 1 {
            break 'blk 1;
        }
        2
    };
    'w: while count < 10 {
        count += 1;
        if count == 5 {
            continue 'w;
        }
    }
    let add = |a: i32, b| a + b + count;
    let mv = move || count * 2;
    let nested = |x: i32| -> i32 { let y = x; add(y, 1) };
    'a: loop {
        let c = || {
            loop {
                break;
            }
        };
        break 'a;
    }
    continue 'missing;
}
