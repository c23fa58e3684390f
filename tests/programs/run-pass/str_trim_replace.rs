fn show(label: &str, s: &str) {
    println!("{:<14}[{}] ({} bytes)", label, s, s.len());
}

fn main() {
    let raw = "  \t padded text \n ";
    show("trim", raw.trim());
    show("trim_start", raw.trim_start());
    show("trim_end", raw.trim_end());
    show("unicode ws", "\u{3000}wide\u{a0}".trim());
    show("matches", "xxabcxx".trim_matches('x'));
    show("start_matches", "--opt".trim_start_matches('-'));
    show("end_matches", "file.txt.txt".trim_end_matches(".txt"));
    show("replace", &"a,b,,c".replace(",", ";"));
    show("replace char", &"banana".replace('a', "o"));
    show("replace word", &"one two one".replace("one", "three"));
    show("replace none", &"nothing".replace("zz", "y"));
    show("replace empty", &"abc".replace("", "-"));
    show("replacen", &"a a a a".replacen("a", "b", 2));
    let template = String::from("Dear NAME, hello NAME");
    let letter = template.replace("NAME", "Ada");
    show("letter", &letter);
    show("repeat", &"ab".repeat(4));
    show("repeat 0", &"ab".repeat(0));
    let mut owned = String::from("  keep  ");
    owned = owned.trim().to_string();
    show("owned", &owned);
}
