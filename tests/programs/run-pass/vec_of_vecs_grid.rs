fn main() {
    let rows = 4;
    let cols = 5;
    let mut grid: Vec<Vec<i32>> = Vec::new();
    for r in 0..rows {
        let mut row = Vec::with_capacity(cols);
        for c in 0..cols {
            row.push((r * cols + c) as i32);
        }
        grid.push(row);
    }
    grid[2][3] = -1;
    grid[0].push(99);
    for r in 0..grid.len() {
        let mut line = String::new();
        for c in 0..grid[r].len() {
            if c > 0 {
                line.push(' ');
            }
            let v = grid[r][c];
            if v < 0 {
                line.push_str("##");
            } else if v < 10 {
                line.push('0');
                line.push((b'0' + v as u8) as char);
            } else {
                line.push((b'0' + (v / 10) as u8) as char);
                line.push((b'0' + (v % 10) as u8) as char);
            }
        }
        println!("{}", line.as_str());
    }
    let mut col_sums = vec![0; cols];
    for r in 0..rows {
        for c in 0..cols {
            col_sums[c] += grid[r][c];
        }
    }
    println!("{} {} {} {} {}", col_sums[0], col_sums[1], col_sums[2], col_sums[3], col_sums[4]);
    let t = grid.remove(1);
    println!("removed row of {} (first {}), {} rows left", t.len(), t[0], grid.len());
}
