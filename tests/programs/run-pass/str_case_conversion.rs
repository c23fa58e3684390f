fn main() {
    let words = ["hello", "World", "MiXeD 123", "straße", "Ÿes ÿes", "àéîõü", "ÀÉÎÕÜ", "Ωmega αβγ", "Привет"];
    for i in 0..words.len() {
        let w = words[i];
        let up = w.to_uppercase();
        let low = w.to_lowercase();
        println!("{:<10} up {:<12} low {:<12}", w, up.as_str(), low.as_str());
    }
    let s = "Hello, Wörld!";
    println!("{} {}", s.to_ascii_uppercase().as_str(), s.to_ascii_lowercase().as_str());
    println!("{} {}", "HeLLo".eq_ignore_ascii_case("hello"), "abc".eq_ignore_ascii_case("abd"));
    let mut m = String::from("make me loud");
    m.make_ascii_uppercase();
    println!("{}", m.as_str());
    println!("{} {}", "ascii".is_ascii(), "ünï".is_ascii());
    let b = b'q';
    println!("{} {} {}", b.to_ascii_uppercase() as char, b.is_ascii_lowercase(), b'7'.is_ascii_digit());
}
