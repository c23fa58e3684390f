// Date handling: leap years, day-of-week (Zeller), adding days, parsing
// ISO strings with error types and ordering via derived Ord.
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Date { y: i32, m: u32, d: u32 }

#[derive(Debug, PartialEq)]
enum DateError { Format(String), Month(u32), Day { d: u32, max: u32 } }

fn is_leap(y: i32) -> bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }
fn days_in(y: i32, m: u32) -> u32 { match m { 1 | 3 | 5 | 7 | 8 | 10 | 12 => 31, 4 | 6 | 9 | 11 => 30, _ => if is_leap(y) { 29 } else { 28 } } }

impl FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Date, DateError> {
        let parts: Vec<&str> = s.split('-').collect();
        let [y, m, d] = parts[..] else { return Err(DateError::Format(s.to_string())) };
        let bad = |_| DateError::Format(s.to_string());
        let (y, m, d): (i32, u32, u32) = (y.parse().map_err(bad)?, m.parse().map_err(bad)?, d.parse().map_err(bad)?);
        if !(1..=12).contains(&m) { return Err(DateError::Month(m)); }
        let max = days_in(y, m);
        if d == 0 || d > max { return Err(DateError::Day { d, max }); }
        Ok(Date { y, m, d })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "{:04}-{:02}-{:02}", self.y, self.m, self.d) }
}

impl Date {
    fn weekday(&self) -> &'static str {
        let (mut y, mut m) = (self.y, self.m as i32);
        if m < 3 { m += 12; y -= 1; }
        let (k, j) = (y % 100, y / 100);
        let h = (self.d as i32 + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j).rem_euclid(7);
        ["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"][h as usize]
    }
    fn add_days(mut self, mut n: u32) -> Date {
        while n > 0 {
            let left = days_in(self.y, self.m) - self.d;
            if n <= left { self.d += n; break; }
            n -= left + 1;
            self.d = 1;
            if self.m == 12 { self.m = 1; self.y += 1; } else { self.m += 1; }
        }
        self
    }
    fn ordinal(&self) -> u32 { (1..self.m).map(|m| days_in(self.y, m)).sum::<u32>() + self.d }
}

fn main() {
    let inputs = ["2024-02-29", "2023-02-29", "2000-13-01", "1999-12-31", "abc", "2026-11-24", "1900-02-29"];
    let mut ok: Vec<Date> = Vec::new();
    for s in inputs {
        match s.parse::<Date>() {
            Ok(d) => { println!("{} is a {} (day {} of the year)", d, d.weekday(), d.ordinal()); ok.push(d); }
            Err(e) => println!("{:?} -> {:?}", s, e),
        }
    }
    ok.sort();
    println!("{:?}", ok.iter().map(|d| d.to_string()).collect::<Vec<_>>());
    let d: Date = "2024-12-25".parse().unwrap();
    for n in [0, 6, 7, 37, 366] { let e = d.add_days(n); println!("+{:>3} -> {} {}", n, e, e.weekday()); }
    println!("{:?} {:?}", ok.iter().max(), ok.iter().min_by_key(|d| d.ordinal()));
    println!("leap years 1896..=1912: {:?}", (1896..=1912).filter(|&y| is_leap(y)).collect::<Vec<_>>());
}
