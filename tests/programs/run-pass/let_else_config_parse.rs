// let-else for early exits while validating records held in arrays of enums.

enum Field {
    Num(i64),
    Flag(bool),
    Text(&'static str),
    Missing,
}

struct Record {
    id: Field,
    age: Field,
    active: Field,
    name: Field,
}

fn validate(r: &Record) -> i64 {
    let Field::Num(id) = r.id else {
        println!("  rejected: id is not a number");
        return -1;
    };
    let Field::Num(age @ 0..=150) = r.age else {
        println!("  rejected: record {} has an invalid age", id);
        return -1;
    };
    let Field::Text(name) = r.name else {
        println!("  rejected: record {} has no name", id);
        return -1;
    };
    let active = if let Field::Flag(b) = r.active { b } else { false };
    println!("  ok: #{} {} (age {}, active {}, name length {})", id, name, age, active, name.len());
    id
}

fn parse_digit(c: char) -> u32 {
    let d @ 0..=9 = c as u32 - '0' as u32 else {
        return 0;
    };
    d
}

fn checked_average(total: i32, count: i32) -> i32 {
    let Some(avg) = total.checked_div(count) else {
        println!("  cannot average {} over {} items", total, count);
        return 0;
    };
    avg
}

fn main() {
    let records = [
        Record { id: Field::Num(1), age: Field::Num(34), active: Field::Flag(true), name: Field::Text("Ada") },
        Record { id: Field::Text("two"), age: Field::Num(20), active: Field::Missing, name: Field::Text("Bob") },
        Record { id: Field::Num(3), age: Field::Num(-4), active: Field::Flag(false), name: Field::Text("Cy") },
        Record { id: Field::Num(4), age: Field::Num(150), active: Field::Missing, name: Field::Missing },
        Record { id: Field::Num(5), age: Field::Num(0), active: Field::Missing, name: Field::Text("Newborn") },
    ];
    let mut accepted = 0;
    let mut id_sum = 0;
    for i in 0..records.len() {
        println!("record {}:", i);
        let id = validate(&records[i]);
        if id >= 0 {
            accepted += 1;
            id_sum += id;
        }
    }
    println!("accepted {} (id sum {})", accepted, id_sum);
    let digits = ['4', '9', 'x', '0'];
    for i in 0..digits.len() {
        print!("{} ", parse_digit(digits[i]));
    }
    println!();
    println!("avg {}", checked_average(100, 7));
    println!("avg {}", checked_average(100, 0));
    let (q, r) = (17 / 5, 17 % 5);
    let (first, (second, third)) = (q, (r, q * 5 + r));
    println!("{} {} {}", first, second, third);
}
