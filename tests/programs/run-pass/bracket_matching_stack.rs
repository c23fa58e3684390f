// Checking bracket balance with an explicit stack of expected closers.

enum Verdict {
    Balanced,
    Mismatch { at: usize, found: char, expected: char },
    Unclosed(usize),
    UnexpectedCloser(usize, char),
}

fn check(s: &[char]) -> Verdict {
    let mut stack = [' '; 32];
    let mut top = 0;
    for i in 0..s.len() {
        let c = s[i];
        match c {
            '(' => { stack[top] = ')'; top += 1; }
            '[' => { stack[top] = ']'; top += 1; }
            '{' => { stack[top] = '}'; top += 1; }
            ')' | ']' | '}' => {
                if top == 0 {
                    return Verdict::UnexpectedCloser(i, c);
                }
                top -= 1;
                if stack[top] != c {
                    return Verdict::Mismatch { at: i, found: c, expected: stack[top] };
                }
            }
            _ => {}
        }
    }
    if top > 0 { Verdict::Unclosed(top) } else { Verdict::Balanced }
}

fn run(label: &str, s: &[char]) {
    print!("{:<10} ", label);
    for i in 0..s.len() {
        print!("{}", s[i]);
    }
    match check(s) {
        Verdict::Balanced => println!("  balanced"),
        Verdict::Mismatch { at, found, expected } => println!("  mismatch at {}: found {:?}, expected {:?}", at, found, expected),
        Verdict::Unclosed(n) => println!("  {} unclosed", n),
        Verdict::UnexpectedCloser(at, c) => println!("  unexpected {:?} at {}", c, at),
    }
}

fn main() {
    run("simple", &['(', ')']);
    run("nested", &['{', '[', '(', 'x', ')', ']', '}']);
    run("mismatch", &['(', '[', ')', ']']);
    run("unclosed", &['(', '(', '[', ']']);
    run("closer", &['a', ']', '(']);
    run("empty", &[]);
    run("code", &['f', '(', 'a', '[', '1', ']', ',', '{', 'b', '}', ')', ';']);
}
