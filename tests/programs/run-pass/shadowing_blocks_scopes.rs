// Shadowing, block expressions, unit values, let with type annotations and tuple patterns.

fn compute(level: u32) -> i64 {
    let base = {
        let a = level as i64;
        let b = a * a;
        b + 1
    };
    let base = base * 3;
    let base: i64 = if base > 50 { base - 50 } else { base };
    base
}

fn unit_returning(flag: bool) {
    if flag {
        println!("  flag set");
        return;
    }
    println!("  flag clear");
}

fn main() {
    let x = 5;
    let x = x * 2;
    {
        let x = "inner shadow";
        println!("inside block: {}", x);
    }
    println!("outside: {}", x);
    let x = x as f64 / 4.0;
    println!("as float: {}", x);

    let (a, b, c): (i32, u8, char) = (-1, 2, 'c');
    let (mut p, q) = (a, b as i32);
    p += q;
    println!("{} {} {} {}", a, b, c, p);

    let y: u16;
    if c == 'c' {
        y = 300;
    } else {
        y = 0;
    }
    println!("y = {}", y);

    for level in 0..6 {
        print!("{} ", compute(level));
    }
    println!();

    let unit = unit_returning(true);
    let also_unit: () = unit_returning(false);
    println!("{:?} {:?}", unit, also_unit);

    let nested = {
        let inner = {
            let deepest = 7;
            deepest * 6
        };
        inner + 0
    };
    println!("nested = {}", nested);

    let parity = if nested % 2 == 0 { "even" } else { "odd" };
    println!("{} is {}", nested, parity);

    let sign = match nested {
        n if n < 0 => -1,
        0 => 0,
        _ => 1,
    };
    println!("sign {}", sign);

    let mut acc = 0;
    let total = {
        for i in 1..=10 {
            acc += i;
        }
        acc
    };
    println!("total {}", total);
    let _ = compute(100);
    let _unused = 42;
    let shadowed_in_loop = 1;
    for shadowed_in_loop in 10..12 {
        print!("loop var {} ", shadowed_in_loop);
    }
    println!("after loop {}", shadowed_in_loop);
    let t = ((1, 2.5), 'z', ("s", true));
    let ((one, two_half), zed, (s, yes)) = t;
    println!("{} {} {} {} {}", one, two_half, zed, s, yes);
}
