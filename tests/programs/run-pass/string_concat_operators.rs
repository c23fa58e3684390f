fn shout(words: &[String]) -> String {
    let mut out = String::new();
    for i in 0..words.len() {
        if i > 0 {
            out += " ";
        }
        out += &words[i].to_uppercase();
    }
    out + "!"
}

fn main() {
    let first = String::from("Jane");
    let last = String::from("Doe");
    let full = first.clone() + " " + &last;
    println!("{} ({} bytes)", full.as_str(), full.len());
    let mut greeting = String::from("Hello, ");
    greeting += &full;
    greeting += "!";
    println!("{}", greeting.as_str());
    let parts = vec![String::from("we"), String::from("will"), String::from("rock")];
    println!("{}", shout(&parts).as_str());
    let mut csv = String::new();
    for i in 0..parts.len() {
        csv = csv + &parts[i];
        if i + 1 < parts.len() {
            csv.push(',');
        }
    }
    println!("{} cap {}", csv.as_str(), csv.capacity());
    let borrowed: &String = &last;
    let joined = String::from("Mr. ") + borrowed;
    println!("{}", joined.as_str());
}
