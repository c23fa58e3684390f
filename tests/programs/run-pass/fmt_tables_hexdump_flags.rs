use std::fmt;

struct Table<'a> {
    headers: Vec<&'a str>,
    rows: Vec<Vec<String>>,
}

impl<'a> Table<'a> {
    fn new(headers: &[&'a str]) -> Self {
        Table { headers: headers.to_vec(), rows: Vec::new() }
    }
    fn add<T: fmt::Display>(&mut self, cells: &[T]) -> &mut Self {
        self.rows.push(cells.iter().map(|c| c.to_string()).collect());
        self
    }
    fn widths(&self) -> Vec<usize> {
        (0..self.headers.len())
            .map(|i| self.rows.iter().map(|r| r.get(i).map_or(0, |c| c.chars().count())).chain([self.headers[i].len()]).max().unwrap_or(0))
            .collect()
    }
}

impl fmt::Display for Table<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let w = self.widths();
        let line: String = w.iter().map(|&n| "-".repeat(n + 2)).collect::<Vec<_>>().join("+");
        writeln!(f, "+{}+", line)?;
        let head: Vec<String> = self.headers.iter().zip(&w).map(|(h, &n)| format!(" {:^n$} ", h, n = n)).collect();
        writeln!(f, "|{}|", head.join("|"))?;
        writeln!(f, "+{}+", line)?;
        for r in &self.rows {
            let cells: Vec<String> = w
                .iter()
                .enumerate()
                .map(|(i, &n)| {
                    let c = r.get(i).map(String::as_str).unwrap_or("");
                    if c.parse::<f64>().is_ok() { format!(" {:>n$} ", c) } else { format!(" {:<n$} ", c) }
                })
                .collect();
            writeln!(f, "|{}|", cells.join("|"))?;
        }
        write!(f, "+{}+", line)
    }
}

struct Hex<'a>(&'a [u8]);

impl fmt::Display for Hex<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for (i, chunk) in self.0.chunks(8).enumerate() {
            write!(f, "{:04x}: ", i * 8)?;
            for b in chunk {
                write!(f, "{:02x} ", b)?;
            }
            for _ in chunk.len()..8 {
                f.write_str("   ")?;
            }
            let text: String = chunk.iter().map(|&b| if b.is_ascii_graphic() { b as char } else { '.' }).collect();
            writeln!(f, "|{}|", text)?;
        }
        Ok(())
    }
}

#[derive(Debug, Default)]
struct Stats { count: usize, mean: f64, min: Option<f64>, max: Option<f64> }

fn stats(xs: &[f64]) -> Stats {
    if xs.is_empty() {
        return Stats::default();
    }
    let sum: f64 = xs.iter().sum();
    Stats {
        count: xs.len(),
        mean: sum / xs.len() as f64,
        min: xs.iter().copied().reduce(f64::min),
        max: xs.iter().copied().reduce(f64::max),
    }
}

fn main() {
    let mut t = Table::new(&["name", "qty", "price"]);
    t.add(&["apple", "3", "0.5"]).add(&["watermelon", "1", "3.25"]).add(&["kiwi", "12", "0.2"]);
    t.add(&[1.5, 2.25]);
    println!("{}", t);
    print!("{}", Hex(b"Hello, ferrum!\x00\x01\x7f tail"));
    println!("{:?}", stats(&[3.0, 1.5, 4.25, -2.0]));
    println!("{:#?}", stats(&[]));
    println!("[{:+}] [{:+.2}] [{:#x}] [{:#b}] [{:#o}] [{:08.3}] [{:e}] [{:E}]", 5, -0.5, 255, 5u8, 64, -3.14159, 1234.5, 0.00012);
    println!("[{:>+8.1}] [{:<#10x}] [{:^9}] [{:*^9}] [{:>5}]", 2.75, 3054, "mid", 42, true);
    let name = "ferrum";
    let width = 10;
    println!("[{name:>width$}] [{:>1$}] [{:.*}] [{:.prec$}]", name, 3, 1.0f64 / 3.0, 2.0f32.sqrt(), prec = 4);
    println!("{:?} {:?} {:?}", f64::NAN, -f64::INFINITY, -0.0f64);
    println!("{} {} {}", 1e21, 1e-7, 123456789.0f32);
    println!("{:?} {:?} {:?}", 1e21, 1e-7, 0.1 + 0.2);
    println!("{:5}|{:<5}|{:^5}|{:>5}", 'x', 'y', 'z', 'w');
    println!("{:?} {:?}", "tab\there \"q\" \u{7f}", 'ñ');
    println!("{:10.3?}|{:<12?}|{:>8?}", 3.14159f64, Some(1), (1, 2));
}
