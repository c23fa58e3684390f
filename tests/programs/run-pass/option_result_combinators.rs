fn show_opt(label: &str, o: Option<i32>) {
    match o {
        Some(v) => println!("{}: Some({})", label, v),
        None => println!("{}: None", label),
    }
}

fn show_res(label: &str, r: Result<i32, &str>) {
    match r {
        Ok(v) => println!("{}: Ok({})", label, v),
        Err(e) => println!("{}: Err({})", label, e),
    }
}

fn checked_div(a: i32, b: i32) -> Result<i32, &'static str> {
    if b == 0 { Err("division by zero") } else { Ok(a / b) }
}

fn main() {
    let mut slot: Option<i32> = Some(5);
    let taken = slot.take();
    show_opt("taken", taken);
    show_opt("after take", slot);
    show_opt("replace returns", slot.replace(7));
    if let Some(x) = slot.as_mut() {
        *x += 1;
    }
    show_opt("after as_mut", slot);
    let r: Option<&i32> = slot.as_ref();
    show_opt("copied", r.copied());
    show_opt("cloned", r.cloned());
    show_opt("or", None.or(Some(2)));
    show_opt("xor both", Some(1).xor(Some(2)));
    show_opt("xor one", None.xor(Some(3)));
    show_opt("and", Some(1).and(Some(9)));
    show_opt("flatten", Some(Some(4)).flatten());
    show_opt("default", Option::default());
    println!("unwrap_or_default {}", None::<u64>.unwrap_or_default());
    match Some(1).zip(Some('a')) {
        Some((n, c)) => println!("zip {} {}", n, c),
        None => println!("zip none"),
    }
    show_res("ok_or some", Some(3).ok_or("missing"));
    show_res("ok_or none", None.ok_or("missing"));
    let good = checked_div(10, 3);
    let bad = checked_div(1, 0);
    println!("{} {} {} {}", good.is_ok(), good.is_err(), bad.is_ok(), bad.is_err());
    show_opt("ok()", good.ok());
    show_opt("bad.ok()", bad.ok());
    println!("err() {}", bad.err().unwrap());
    println!("unwrap_or {} {}", good.unwrap_or(-1), bad.unwrap_or(-1));
    println!("unwrap_err {}", bad.unwrap_err());
    show_res("and", checked_div(8, 2).and(checked_div(1, 1)));
    show_res("or", checked_div(8, 0).or(checked_div(9, 3)));
    let mut m: Result<Vec<i32>, String> = Ok(vec![1]);
    if let Ok(v) = m.as_mut() {
        v.push(2);
    }
    println!("as_mut len {}", m.as_ref().unwrap().len());
    println!("eq {} {} {}", Some(3) == Some(3), Some(3) == None, checked_div(4, 2) == Ok(2));
    println!("ord {} {}", None < Some(0), Some(2) > Some(1));
    let mut cache: Option<String> = None;
    cache.get_or_insert(String::from("computed")).push('!');
    println!("{}", cache.as_ref().unwrap().as_str());
    let fresh = cache.insert(String::from("fresh"));
    fresh.push('?');
    println!("{}", cache.clone().unwrap().as_str());
    match Some(Ok::<i32, &str>(3)).transpose() {
        Ok(Some(v)) => println!("transpose Ok(Some({}))", v),
        _ => println!("transpose other"),
    }
}
