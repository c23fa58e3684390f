struct Celsius(f64);
struct Fahrenheit(f64);

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Fahrenheit {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

fn greet<S: Into<String>>(name: S) -> String {
    let mut s = String::from("hi ");
    s.push_str(name.into().as_str());
    s
}

fn main() {
    let f: Fahrenheit = Celsius(100.0).into();
    println!("{}", f.0);
    let f2 = Fahrenheit::from(Celsius(-40.0));
    println!("{}", f2.0);
    let s1 = String::from("literal");
    let s2: String = "into".into();
    let s3 = String::from('c');
    let s4 = String::from(&s1);
    println!("{} {} {} {}", s1.as_str(), s2.as_str(), s3.as_str(), s4.as_str());
    println!("{}", greet("ann").as_str());
    println!("{}", greet(String::from("bob")).as_str());
    let bytes: Vec<u8> = String::from("AB").into();
    println!("{} {}", bytes[0], bytes[1]);
    let same: i32 = i32::from(5);
    println!("{}", same);
    let o: Option<i32> = 3.into();
    println!("{}", o.unwrap());
}
