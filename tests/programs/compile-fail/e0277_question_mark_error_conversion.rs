// `?` converts the error with `From`; without an impl it cannot.
#[derive(Debug)]
struct ConfigError;

#[derive(Debug)]
struct AppError;

fn load() -> Result<u32, ConfigError> {
    Err(ConfigError)
}

fn run() -> Result<u32, AppError> {
    let n = load()?; //~ ERROR E0277
    Ok(n + 1)
}

fn main() {
    println!("{:?}", run());
}
