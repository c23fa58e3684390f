// `write!`/`writeln!` into a Formatter and into a user `fmt::Write`,
// `format!`, `format_args!`, and `to_string` through `Display`.
use std::fmt::{self, Write};

struct Collector {
    lines: Vec<String>,
    current: String,
}

impl Write for Collector {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let bytes = s.as_bytes();
        for i in 0..bytes.len() {
            let c = bytes[i] as char;
            if c == '\n' {
                let line = std::mem::take(&mut self.current);
                self.lines.push(line);
            } else {
                self.current.push(c);
            }
        }
        Ok(())
    }
}

struct Matrix {
    rows: [[i32; 3]; 2],
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for r in 0..2 {
            let row = &self.rows[r];
            let mut line = String::new();
            for i in 0..row.len() {
                if i > 0 {
                    line.push_str(", ");
                }
                write!(line, "{:>3}", row[i]).unwrap();
            }
            if let Err(e) = writeln!(f, "[{}]", line) {
                return Err(e);
            }
        }
        Ok(())
    }
}

struct Limited;

impl fmt::Write for Limited {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if s.len() > 3 {
            Err(fmt::Error)
        } else {
            Ok(())
        }
    }
}

fn describe(args: fmt::Arguments) -> String {
    format!("<{}>", args)
}

fn main() {
    let m = Matrix { rows: [[1, -2, 30], [400, 5, -6]] };
    print!("{}", m);
    let mut c = Collector { lines: Vec::new(), current: String::new() };
    writeln!(c, "first {}", 1).unwrap();
    write!(c, "second {:?}", "two").unwrap();
    writeln!(c).unwrap();
    write!(&mut c, "{m}").unwrap();
    c.write_char('!').unwrap();
    println!("{:?} {:?}", c.lines, c.current);
    let mut s = String::new();
    write!(s, "{}-{:03}", "id", 7).unwrap();
    s.write_str("/end").unwrap();
    println!("{}", s);
    let r = write!(Limited, "{}", "toolong");
    println!("{:?} {:?}", r, write!(Limited, "ok"));
    println!("{}", describe(format_args!("{} + {} = {}", 1, 2, 1 + 2)));
    let texts = [1.5.to_string(), 'c'.to_string(), true.to_string(), (-12i64).to_string(), "str".to_string()];
    println!("{:?}", texts);
    let t = format!("{:>5}|{:<5}|{:^5}", 1, 2, 3);
    println!("{} ({} bytes)", t, t.len());
    println!("{}", format!("{}", format!("{:?}", "nested")));
}
