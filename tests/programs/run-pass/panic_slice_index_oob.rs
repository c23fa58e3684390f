// Indexing past the end of a sub-slice passed to a function.

fn moving_sum(window: &[i64], width: usize) -> i64 {
    let mut s = 0;
    for k in 0..width {
        s += window[k];
    }
    s
}

fn main() {
    let series = [5i64, 8, -3, 12, 7, 1, 9];
    let width = 3;
    let mut start = 0;
    while start < series.len() {
        let window = &series[start..];
        println!("window at {} (len {}): sum {}", start, window.len(), moving_sum(window, width));
        start += 1;
    }
}
