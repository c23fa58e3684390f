use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct ConfigError { key: String }
impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "missing key {}", self.key) }
}
impl Error for ConfigError {}

fn get(key: &str) -> Result<i32, ConfigError> {
    if key == "a" { Ok(1) } else { Err(ConfigError { key: key.to_string() }) }
}

fn main() -> Result<(), Box<dyn Error>> {
    let a = get("a")?;
    println!("a = {}", a);
    let n: i32 = "42".parse()?;
    println!("n = {}", n);
    let b = get("b")?;
    println!("unreachable {}", b);
    Ok(())
}
