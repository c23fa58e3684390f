// A reverse-Polish calculator over a Vec<i64> stack, tokenising by hand.

fn tokenize(line: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    let bytes = line.as_bytes();
    for i in 0..bytes.len() {
        let c = bytes[i] as char;
        if c == ' ' {
            if !current.is_empty() {
                tokens.push(current.clone());
                current.clear();
            }
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        tokens.push(current);
    }
    tokens
}

fn eval(line: &str) -> Result<i64, String> {
    let mut stack: Vec<i64> = Vec::new();
    let tokens = tokenize(line);
    for i in 0..tokens.len() {
        let t = tokens[i].as_str();
        if let Ok(n) = t.parse::<i64>() {
            stack.push(n);
            continue;
        }
        let b = match stack.pop() {
            Some(v) => v,
            None => return Err(String::from("stack underflow")),
        };
        let a = match stack.pop() {
            Some(v) => v,
            None => return Err(String::from("stack underflow")),
        };
        let r = if t == "+" {
            a + b
        } else if t == "-" {
            a - b
        } else if t == "*" {
            a * b
        } else if t == "/" {
            if b == 0 {
                return Err(String::from("division by zero"));
            }
            a / b
        } else {
            let mut msg = String::from("unknown token ");
            msg.push_str(t);
            return Err(msg);
        };
        stack.push(r);
    }
    if stack.len() != 1 {
        return Err(String::from("malformed expression"));
    }
    Ok(stack[0])
}

fn main() {
    let programs = ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * +", "1 0 /", "1 +", "4 2 ^", "7", "1 2", "  10   2 /  "];
    for i in 0..programs.len() {
        match eval(programs[i]) {
            Ok(v) => println!("{:<22} = {}", programs[i], v),
            Err(e) => println!("{:<22} ! {}", programs[i], e.as_str()),
        }
    }
}
