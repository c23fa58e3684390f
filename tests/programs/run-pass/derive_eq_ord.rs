// #[derive(PartialEq, Eq, PartialOrd, Ord)]: field-wise, lexicographic
// comparisons; enums compare by discriminant (declared or explicit) first.

use std::cmp::Ordering;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Version {
    major: u32,
    minor: u32,
    patch: u32,
}

#[derive(PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
struct Pair(i32, char);

#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Nothing;

#[derive(PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Token {
    Eof,
    Num(i64),
    Op { sym: char, prec: u8 },
    Ident(u32, u32),
}

#[derive(PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Level {
    High = 10,
    Low = 1,
    Mid = 5,
}

#[derive(PartialEq, PartialOrd)]
struct Measure(f64, u8);

fn ord(o: Ordering) -> &'static str {
    match o {
        Ordering::Less => "Less",
        Ordering::Equal => "Equal",
        Ordering::Greater => "Greater",
    }
}

fn popt(o: Option<Ordering>) -> &'static str {
    match o {
        Some(o) => ord(o),
        None => "None",
    }
}

fn sort<T: Ord + Copy>(v: &mut [T]) {
    let n = v.len();
    let mut i = 0;
    while i < n {
        let mut j = 0;
        while j + 1 < n - i {
            if v[j] > v[j + 1] {
                let t = v[j];
                v[j] = v[j + 1];
                v[j + 1] = t;
            }
            j += 1;
        }
        i += 1;
    }
}

fn main() {
    let a = Version { major: 1, minor: 2, patch: 3 };
    let b = Version { major: 1, minor: 10, patch: 0 };
    println!("{} {} {} {}", a == b, a != b, a < b, a >= b);
    println!("{} {}", ord(a.cmp(&b)), ord(b.cmp(&a)));
    println!("{}", ord(a.cmp(&a)));
    let m = std::cmp::max(a, b);
    println!("{}.{}.{}", m.major, m.minor, m.patch);
    let n = a.min(b);
    println!("{}.{}.{}", n.major, n.minor, n.patch);

    println!("{} {}", Pair(1, 'b') < Pair(1, 'c'), Pair(2, 'a') < Pair(1, 'z'));
    println!("{} {}", Nothing == Nothing, ord(Nothing.cmp(&Nothing)));

    let toks = [
        Token::Ident(2, 1),
        Token::Op { sym: '+', prec: 1 },
        Token::Num(-4),
        Token::Eof,
        Token::Op { sym: '*', prec: 2 },
        Token::Num(7),
        Token::Ident(1, 9),
        Token::Op { sym: '*', prec: 1 },
    ];
    let mut sorted = toks;
    sort(&mut sorted);
    let mut i = 0;
    while i < sorted.len() {
        match sorted[i] {
            Token::Eof => println!("Eof"),
            Token::Num(n) => println!("Num {}", n),
            Token::Op { sym, prec } => println!("Op {} {}", sym, prec),
            Token::Ident(a, b) => println!("Ident {} {}", a, b),
        }
        i += 1;
    }
    println!("{}", Token::Num(3) == Token::Num(3));
    println!("{}", Token::Num(3) == Token::Ident(3, 0));
    println!("{}", ord(Token::Eof.cmp(&Token::Num(0))));

    let mut levels = [Level::Mid, Level::High, Level::Low];
    sort(&mut levels);
    let mut i = 0;
    while i < levels.len() {
        println!("{}", levels[i] as i32);
        i += 1;
    }
    println!("{}", Level::High > Level::Low);
    println!("{}", popt(Level::Mid.partial_cmp(&Level::High)));

    let nan = f64::NAN;
    println!("{}", popt(Measure(1.0, 2).partial_cmp(&Measure(1.0, 3))));
    println!("{}", popt(Measure(nan, 2).partial_cmp(&Measure(1.0, 3))));
    println!("{}", Measure(nan, 1) == Measure(nan, 1));
    println!("{} {}", Measure(nan, 1) < Measure(2.0, 1), Measure(0.5, 9) < Measure(2.0, 1));

    println!("{}", ord(Some(3).cmp(&None)));
    println!("{}", Some(Version { major: 0, minor: 0, patch: 1 }) > None);
    let r: Result<u8, u8> = Ok(5);
    println!("{} {}", r < Err(0), r == Ok(5));
    println!("{}", ord(Ordering::Less.cmp(&Ordering::Greater)));
    println!("{}", Ordering::Equal.max(Ordering::Less) == Ordering::Equal);
}
