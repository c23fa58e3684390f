fn main() {
    let mut names: Vec<String> = Vec::new();
    names.push(String::from("ada"));
    names.push("grace".to_string());
    names.push(String::from("linus"));
    names[0].push_str(" lovelace");
    let mut i = 0;
    while i < names.len() {
        println!("{}: {} ({} bytes)", i, names[i].as_str(), names[i].len());
        i += 1;
    }
    let joined = names.join(", ");
    println!("{}", joined.as_str());
    names.sort();
    println!("sorted: {} | {} | {}", names[0].as_str(), names[1].as_str(), names[2].as_str());
    let cloned = names.clone();
    println!("equal after clone: {}", cloned == names);
    names.truncate(1);
    println!("kept {} of {}", names.len(), cloned.len());
    println!("contains grace: {}", cloned.contains(&String::from("grace")));
}
