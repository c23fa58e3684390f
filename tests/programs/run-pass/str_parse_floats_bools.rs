fn main() {
    let inputs = ["3.25", "-0.5", "1e3", "2.5E-3", ".5", "5.", "+7", "inf", "-infinity", "1_0", "", "abc", "1e", "0.1", "123456.789"];
    for i in 0..inputs.len() {
        let s = inputs[i];
        match s.parse::<f64>() {
            Ok(x) => println!("f64 {:>10} -> {}", s, x),
            Err(_) => println!("f64 {:>10} -> error", s),
        }
    }
    let nan: f64 = "NaN".parse().unwrap();
    println!("nan is nan: {}", nan.is_nan());
    let f: f32 = "2.75".parse().unwrap();
    println!("f32 {}", f);
    let t: bool = "true".parse().unwrap();
    let fl = "false".parse::<bool>().unwrap();
    println!("bools {} {} {}", t, fl, "True".parse::<bool>().is_err());
    let c: char = "é".parse().unwrap();
    println!("char {} {} {}", c, "ab".parse::<char>().is_err(), "".parse::<char>().is_err());
    let s: String = "owned".parse().unwrap();
    println!("string {}", s.as_str());
    let mut total = 0.0;
    let prices = ["1.25", "2.50", "bad", "0.25"];
    for i in 0..prices.len() {
        if let Ok(p) = prices[i].parse::<f64>() {
            total += p;
        }
    }
    println!("total {}", total);
}
