// Calendar arithmetic: leap years, day of week, day-of-year, days between dates.

struct Date {
    year: i32,
    month: u32,
    day: u32,
}

const MONTH_NAMES: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => panic!("bad month {}", m),
    }
}

impl Date {
    fn new(year: i32, month: u32, day: u32) -> Date {
        assert!(month >= 1 && month <= 12);
        assert!(day >= 1 && day <= days_in_month(year, month));
        Date { year, month, day }
    }

    // days since 1970-01-01 (civil from days algorithm by H. Hinnant)
    fn to_days(&self) -> i64 {
        let y = if self.month <= 2 { self.year - 1 } else { self.year } as i64;
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = self.month as i64;
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    fn from_days(z: i64) -> Date {
        let z = z + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = (yoe + era * 400) as i32 + if m <= 2 { 1 } else { 0 };
        Date { year: y, month: m, day: d }
    }

    fn weekday_index(&self) -> usize {
        // 1970-01-01 was a Thursday (index 3)
        (((self.to_days() + 3) % 7 + 7) % 7) as usize
    }

    fn weekday(&self) -> &'static str {
        WEEKDAYS[self.weekday_index()]
    }

    fn day_of_year(&self) -> u32 {
        let mut total = self.day;
        for m in 1..self.month {
            total += days_in_month(self.year, m);
        }
        total
    }

    fn print(&self) {
        print!("{:04}-{:02}-{:02} ({} {:>2}, {})", self.year, self.month, self.day, MONTH_NAMES[(self.month - 1) as usize], self.day, self.year);
    }
}

fn main() {
    let dates = [
        Date::new(1970, 1, 1),
        Date::new(2000, 2, 29),
        Date::new(1969, 7, 20),
        Date::new(2024, 12, 31),
        Date::new(1600, 3, 1),
        Date::new(2038, 1, 19),
    ];
    for i in 0..dates.len() {
        let d = &dates[i];
        d.print();
        let back = Date::from_days(d.to_days());
        println!(" day {:>6} {:<9} doy {:>3} roundtrip {}", d.to_days(), d.weekday(), d.day_of_year(),
            back.year == d.year && back.month == d.month && back.day == d.day);
    }
    let a = Date::new(1999, 12, 31);
    let b = Date::new(2025, 6, 15);
    println!("days between: {}", b.to_days() - a.to_days());
    let mut leaps = 0;
    for y in 1900..=2100 {
        if is_leap(y) {
            leaps += 1;
        }
    }
    println!("leap years 1900..=2100: {}", leaps);
    let mut d = Date::from_days(Date::new(2024, 2, 27).to_days());
    for _ in 0..4 {
        d.print();
        println!(" {}", d.weekday());
        d = Date::from_days(d.to_days() + 1);
    }
    // Friday the 13ths in 2026
    for m in 1..=12 {
        let d = Date::new(2026, m, 13);
        if d.weekday_index() == 4 {
            println!("Friday the 13th: {}", MONTH_NAMES[(m - 1) as usize]);
        }
    }
}
