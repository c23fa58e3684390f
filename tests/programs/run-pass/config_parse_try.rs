// Parses "key = value" lines into a settings struct, with `?` and
// str::parse errors mapped into a String error.

struct Settings {
    width: u32,
    height: u32,
    title: String,
    scale: f64,
}

fn parse_line(line: &str) -> Result<(String, String), String> {
    let (key, value) = match line.split_once('=') {
        Some(pair) => pair,
        None => {
            let mut msg = String::from("missing '=' in: ");
            msg.push_str(line);
            return Err(msg);
        }
    };
    Ok((key.trim().to_string(), value.trim().to_string()))
}

fn parse_u32(value: &str) -> Result<u32, String> {
    value.parse::<u32>().map_err(|e| {
        let mut msg = String::from("bad number '");
        msg.push_str(value);
        msg.push_str("': ");
        msg.push_str(match e.kind() {
            std::num::IntErrorKind::Empty => "empty",
            std::num::IntErrorKind::InvalidDigit => "invalid digit",
            _ => "out of range",
        });
        msg
    })
}

fn parse_settings(text: &[&str]) -> Result<Settings, String> {
    let mut s = Settings { width: 0, height: 0, title: String::new(), scale: 1.0 };
    for i in 0..text.len() {
        let line = text[i].trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, value) = parse_line(line)?;
        if key == "width" {
            s.width = parse_u32(&value)?;
        } else if key == "height" {
            s.height = parse_u32(&value)?;
        } else if key == "title" {
            s.title = value.trim_matches('"').to_string();
        } else if key == "scale" {
            s.scale = value.parse::<f64>().map_err(|_| String::from("bad scale"))?;
        } else {
            return Err(String::from("unknown key ") + &key);
        }
    }
    Ok(s)
}

fn report(text: &[&str]) {
    match parse_settings(text) {
        Ok(s) => println!("{}x{} \"{}\" scale {} -> area {}", s.width, s.height, s.title.as_str(), s.scale, s.width as f64 * s.height as f64 * s.scale),
        Err(e) => println!("error: {}", e.as_str()),
    }
}

fn main() {
    report(&["# window", "width = 640", "height=480", "title = \"Demo\"", "scale = 1.5"]);
    report(&["width = 64x"]);
    report(&["height = "]);
    report(&["width = 99999999999"]);
    report(&["depth = 3"]);
    report(&["just text"]);
    report(&["scale = fast"]);
}
