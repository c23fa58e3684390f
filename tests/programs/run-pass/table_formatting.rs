use std::fmt;

#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
    Center,
}

struct Column {
    title: &'static str,
    align: Align,
}

struct Table {
    columns: Vec<Column>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn widths(&self) -> Vec<usize> {
        self.columns
            .iter()
            .enumerate()
            .map(|(i, c)| {
                self.rows.iter().map(|r| r[i].chars().count()).chain(std::iter::once(c.title.len())).max().unwrap_or(0)
            })
            .collect()
    }
}

fn pad(s: &str, width: usize, align: Align) -> String {
    match align {
        Align::Left => format!("{:<w$}", s, w = width),
        Align::Right => format!("{:>w$}", s, w = width),
        Align::Center => format!("{:^w$}", s, w = width),
    }
}

impl fmt::Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let widths = self.widths();
        let sep: String = widths.iter().map(|w| "-".repeat(w + 2)).collect::<Vec<_>>().join("+");
        writeln!(f, "+{}+", sep)?;
        let header: Vec<String> =
            self.columns.iter().zip(&widths).map(|(c, &w)| format!(" {} ", pad(c.title, w, Align::Center))).collect();
        writeln!(f, "|{}|", header.join("|"))?;
        writeln!(f, "+{}+", sep.replace('-', "="))?;
        for row in &self.rows {
            let cells: Vec<String> = row
                .iter()
                .zip(self.columns.iter())
                .zip(widths.iter())
                .map(|((cell, col), &w)| format!(" {} ", pad(cell, w, col.align)))
                .collect();
            writeln!(f, "|{}|", cells.join("|"))?;
        }
        write!(f, "+{}+", sep)
    }
}

struct Money(i64);

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.abs();
        let whole = (abs / 100).to_string();
        let mut grouped = String::new();
        for (i, ch) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(ch);
        }
        let s = format!("{}${}.{:02}", sign, grouped, abs % 100);
        f.pad(&s)
    }
}

fn main() {
    let data = [
        ("Widget", 12, 349, "in stock"),
        ("Gadget Pro Max", 3, 129999, "low"),
        ("Gizmo", 0, 2500, "sold out"),
        ("Doohickey", 250, 75, "in stock"),
        ("Thingamajig", 17, -1500, "refund"),
    ];
    let mut table = Table {
        columns: vec![
            Column { title: "#", align: Align::Right },
            Column { title: "Product", align: Align::Left },
            Column { title: "Qty", align: Align::Right },
            Column { title: "Unit price", align: Align::Right },
            Column { title: "Total", align: Align::Right },
            Column { title: "Status", align: Align::Center },
        ],
        rows: Vec::new(),
    };
    let mut grand = 0i64;
    for (i, (name, qty, cents, status)) in data.iter().enumerate() {
        let total = *qty as i64 * cents;
        grand += total;
        table.rows.push(vec![
            (i + 1).to_string(),
            name.to_string(),
            qty.to_string(),
            Money(*cents).to_string(),
            Money(total).to_string(),
            status.to_uppercase(),
        ]);
    }
    println!("{}", table);
    println!("Grand total: [{:>16}]", Money(grand));
    println!("Left:        [{:<16}]", Money(grand));
    println!("Centered:    [{:*^16}]", Money(-5));

    for (label, value) in [("pi", std::f64::consts::PI), ("e", std::f64::consts::E), ("big", 12345.6789), ("neg", -0.5)] {
        println!("{:<4}|{:>10.3}|{:<10.1}|{:^+10.2}|{:>12e}|", label, value, value, value, value);
    }
    for n in [0u32, 7, 255, 4096] {
        println!("{:>5} {:#06x} {:#010b} {:o} {:>+5}", n, n, n, n, n as i32 - 100);
    }
    let width = 12;
    let precision = 2;
    println!("[{:>width$.precision$}] [{:>1$}] [{:.*}]", 3.14159, 8, 3, 2.71828, width = width, precision = precision);
    let names = vec!["ann", "bartholomew", "cy"];
    let longest = names.iter().map(|n| n.len()).max().unwrap();
    for n in &names {
        println!("{:.<w$}: {:>3}", n, n.len(), w = longest + 3);
    }
}
