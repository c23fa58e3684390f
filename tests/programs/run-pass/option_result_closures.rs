#[derive(Debug)]
enum ParseError {
    Empty,
    NotANumber,
}

fn parse_age(s: &str) -> Result<u32, ParseError> {
    if s.is_empty() {
        return Err(ParseError::Empty);
    }
    s.trim().parse::<u32>().map_err(|_| ParseError::NotANumber)
}

fn describe(r: &Result<u32, ParseError>) -> String {
    match r {
        Ok(age) => {
            let mut s = String::from("age ");
            s.push_str(if *age >= 18 { "adult" } else { "minor" });
            s
        }
        Err(ParseError::Empty) => String::from("empty input"),
        Err(ParseError::NotANumber) => String::from("not a number"),
    }
}

fn main() {
    let inputs = ["42", " 7 ", "", "abc"];
    for i in 0..inputs.len() {
        let r = parse_age(inputs[i]);
        println!("{:<6} -> {}", inputs[i], describe(&r).as_str());
    }
    let doubled = Some(21).map(|x| x * 2);
    println!("{}", doubled.unwrap());
    let big = Some(3).filter(|x| *x > 10);
    println!("{}", big.is_none());
    let label = Some(5).map_or(String::from("none"), |v| {
        let mut s = String::from("value ");
        s.push((b'0' + v as u8) as char);
        s
    });
    println!("{}", label.as_str());
    let fallback = None.unwrap_or_else(|| 99);
    println!("{}", fallback);
    let chained = Some(4).and_then(|x| if x % 2 == 0 { Some(x / 2) } else { None }).and_then(|x| Some(x + 100));
    println!("{}", chained.unwrap());
    let other = None.or_else(|| Some(7)).map_or_else(|| -1, |v| v * 3);
    println!("{}", other);
    println!("{} {}", Some(2).is_some_and(|x| x > 1), None::<i32>.is_none_or(|x| x > 1));
    let e: Result<u32, ParseError> = parse_age("x");
    println!("{}", e.is_err_and(|err| matches!(err, ParseError::NotANumber)));
    let total = parse_age("30").and_then(|a| parse_age("12").map(|b| a + b)).unwrap_or_else(|_| 0);
    println!("{}", total);
    let missing: Option<&str> = None;
    let r = missing.ok_or_else(|| String::from("no value"));
    println!("{}", r.unwrap_err().as_str());
    let mut cache: Option<Vec<i32>> = None;
    cache.get_or_insert_with(|| vec![1, 2, 3]).push(4);
    println!("{}", cache.as_ref().map(|v| v.len()).unwrap_or(0));
    let mut seen = 0;
    let _ = Some(10).inspect(|v| seen = *v);
    println!("{}", seen);
    let ok: Result<i32, String> = Ok(3);
    println!("{}", ok.is_ok_and(|v| v == 3));
    let mut slot = Some(8);
    let taken = slot.take_if(|v| *v > 5);
    println!("{} {}", taken.unwrap(), slot.is_none());
}
