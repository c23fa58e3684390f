fn checked_div(a: i32, b: i32) -> Result<i32, &'static str> {
    if b == 0 {
        Err("division by zero")
    } else {
        Ok(a / b)
    }
}

fn main() {
    let good = checked_div(10, 3);
    let bad = checked_div(1, 0);
    println!("{} {} {} {}", good.is_ok(), good.is_err(), bad.is_ok(), bad.is_err());
    println!("{:?} {:?}", good.ok(), bad.ok());
    println!("{:?} {:?}", good.err(), bad.err());
    println!("{} {}", good.unwrap_or(-1), bad.unwrap_or(-1));
    println!("{}", bad.unwrap_err());
    println!("{}", good.expect("fine"));
    match good.as_ref() {
        Ok(v) => println!("as_ref ok {}", v),
        Err(e) => println!("as_ref err {}", e),
    }
    let mut m: Result<Vec<i32>, String> = Ok(vec![1]);
    if let Ok(v) = m.as_mut() {
        v.push(2);
    }
    println!("len {}", m.as_ref().unwrap().len());
    println!("{:?}", checked_div(8, 2).and(checked_div(1, 1)));
    println!("{:?}", checked_div(8, 0).or(checked_div(9, 3)));
    let d: Result<u32, ()> = Err(());
    println!("default {}", d.unwrap_or_default());
    println!("eq {}", checked_div(4, 2) == Ok(2));
    let parsed: Result<Option<i32>, &str> = Ok(Some(3));
    println!("{:?}", parsed.transpose());
}
