// Match features: literals, ranges, or-patterns, guards, @ bindings, tuples, nested structs.

struct Point {
    x: i32,
    y: i32,
}

fn classify_number(n: i64) -> &'static str {
    match n {
        i64::MIN..=-1000 => "very negative",
        -999..=-1 => "negative",
        0 => "zero",
        1 | 2 | 3 => "tiny",
        x if x % 2 == 0 && x < 100 => "small even",
        4..=99 => "small odd",
        100..=999 => "hundreds",
        _ => "large",
    }
}

fn describe_char(c: char) -> &'static str {
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' => "vowel",
        'a'..='z' => "consonant",
        'A'..='Z' => "uppercase",
        '0'..='9' => "digit",
        ' ' | '\t' | '\n' => "whitespace",
        _ => "other",
    }
}

fn quadrant(p: &Point) -> Location {
    match *p {
        Point { x: 0, y: 0 } => Location::Origin,
        Point { x: 0, y } => Location::OnYAxis(y),
        Point { x, y: 0 } => Location::OnXAxis(x),
        Point { x, y } if x > 0 && y > 0 => Location::Quadrant(1),
        Point { x, y } if x < 0 && y > 0 => Location::Quadrant(2),
        Point { x, .. } if x < 0 => Location::Quadrant(3),
        _ => Location::Quadrant(4),
    }
}

enum Location {
    Origin,
    OnXAxis(i32),
    OnYAxis(i32),
    Quadrant(u8),
}

fn fizz(n: u32) {
    match (n % 3, n % 5) {
        (0, 0) => print!("FizzBuzz"),
        (0, _) => print!("Fizz"),
        (_, 0) => print!("Buzz"),
        _ => print!("{}", n),
    }
}

fn bind_at(n: u32) {
    match n {
        small @ 0..=9 => println!("{} is a single digit", small),
        teen @ (13 | 14 | 15 | 16 | 17 | 18 | 19) => println!("{} is a teen", teen),
        big @ 1000.. => println!("{} is big", big),
        other => println!("{} is something else", other),
    }
}

fn main() {
    let nums = [-5000, -3, 0, 2, 8, 9, 250, 1234567];
    for i in 0..nums.len() {
        println!("{:>8}: {}", nums[i], classify_number(nums[i]));
    }
    let chars = ['e', 'x', 'Q', '7', ' ', '%'];
    for i in 0..chars.len() {
        println!("{:?} is {}", chars[i], describe_char(chars[i]));
    }
    let points = [Point { x: 0, y: 0 }, Point { x: 0, y: 5 }, Point { x: -2, y: 0 }, Point { x: 3, y: 4 },
        Point { x: -3, y: 4 }, Point { x: -1, y: -1 }, Point { x: 9, y: -9 }];
    for i in 0..points.len() {
        let p = &points[i];
        print!("({}, {}) ", p.x, p.y);
        match quadrant(p) {
            Location::Origin => println!("origin"),
            Location::OnXAxis(x) => println!("on x axis at {}", x),
            Location::OnYAxis(y) => println!("on y axis at {}", y),
            Location::Quadrant(q @ 1..=2) => println!("upper quadrant {}", q),
            Location::Quadrant(q) => println!("lower quadrant {}", q),
        }
    }
    for n in 1..=15 {
        fizz(n);
        print!(" ");
    }
    println!();
    let samples = [4, 15, 12, 5000, 20];
    for i in 0..samples.len() {
        bind_at(samples[i]);
    }
    let pair = (3, -3);
    match pair {
        (x, y) if x + y == 0 => println!("opposites"),
        (x, _) if x % 2 == 0 => println!("even first"),
        _ => println!("no match"),
    }
    let nested = ((1, 2), [3, 4]);
    let ((a, _), [_, d]) = nested;
    println!("a={} d={}", a, d);
    let flag = true;
    let r = match flag {
        true => 1,
        false => 0,
    };
    println!("{}", r);
}
