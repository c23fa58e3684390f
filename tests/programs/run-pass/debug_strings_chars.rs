// Display vs Debug for &str and char, padding and truncation of strings.

const WORDS: [&str; 6] = ["alpha", "be\"ta", "gam\tma", "del\\ta", "", "ünïcödé"];

fn show_word(w: &str) {
    println!("len={:>2} display=[{}] debug={:?} padded=[{:>10}] left=[{:<10}] center=[{:^10}]", w.len(), w, w, w, w, w);
}

fn show_char(c: char) {
    println!("{} {:?} {:>3} {:<3}| {:^5}| code={}", c, c, c, c, c, c as u32);
}

fn main() {
    for i in 0..WORDS.len() {
        show_word(WORDS[i]);
    }
    let chars = ['x', 'Z', '0', ' ', '\n', '\r', '\t', '\'', '"', '\\', 'ß', '€', '\u{0}', '\u{1b}', '\u{200b}'];
    for i in 0..chars.len() {
        show_char(chars[i]);
    }
    println!("[{:.3}] [{:.0}] [{:.10}] [{:*^9.4}]", "abcdefg", "abc", "short", "centered");
    println!("[{:5}] [{:<5}] [{:>5}]", true, false, true);
    println!("[{:?}] [{:?}]", true, false);
    println!("{}", "line one\nline two");
    println!("{:?}", "line one\nline two");
    println!("raw: {}", r"C:\path\no\escape");
    println!("raw debug: {:?}", r#"a "quoted" word"#);
    let multi = "multi
line literal";
    println!("{} ({} bytes)", multi, multi.len());
    let continued = "joined \
                     with backslash";
    println!("{}", continued);
    println!("{:?}", '\u{10FFFF}');
    println!("{:?}", "\u{7}\u{8}\u{b}\u{c}");
    println!("{{}} {{{}}}", 5);
    print!("no newline, ");
    print!("then {}", "newline\n");
    eprintln!("stderr: {:?}", ("err", 1));
    eprint!("stderr without newline ");
    eprintln!("{:>6}", "end");
}
