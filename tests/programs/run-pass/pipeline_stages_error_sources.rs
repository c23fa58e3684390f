// Generic pipeline of boxed stages over a trait with an associated type,
// plus error propagation with custom From conversions across layers.
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum AppError { Parse(ParseIntError), Range { value: i64, min: i64, max: i64 }, Empty }

impl From<ParseIntError> for AppError { fn from(e: ParseIntError) -> Self { AppError::Parse(e) } }

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AppError::Parse(e) => write!(f, "parse error: {}", e),
            AppError::Range { value, min, max } => write!(f, "{} not in {}..={}", value, min, max),
            AppError::Empty => write!(f, "empty input"),
        }
    }
}

impl std::error::Error for AppError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self { AppError::Parse(e) => Some(e), _ => None }
    }
}

trait Stage {
    type In;
    type Out;
    fn run(&self, x: Self::In) -> Result<Self::Out, AppError>;
}

struct ParseStage;
impl Stage for ParseStage {
    type In = String;
    type Out = Vec<i64>;
    fn run(&self, s: String) -> Result<Vec<i64>, AppError> {
        if s.trim().is_empty() { return Err(AppError::Empty); }
        Ok(s.split(',').map(|p| p.trim().parse::<i64>()).collect::<Result<Vec<_>, _>>()?)
    }
}

struct RangeCheck { min: i64, max: i64 }
impl Stage for RangeCheck {
    type In = Vec<i64>;
    type Out = Vec<i64>;
    fn run(&self, v: Vec<i64>) -> Result<Vec<i64>, AppError> {
        if let Some(&bad) = v.iter().find(|&&x| x < self.min || x > self.max) {
            return Err(AppError::Range { value: bad, min: self.min, max: self.max });
        }
        Ok(v)
    }
}

struct Summarize;
impl Stage for Summarize {
    type In = Vec<i64>;
    type Out = (i64, f64, i64);
    fn run(&self, v: Vec<i64>) -> Result<(i64, f64, i64), AppError> {
        let sum: i64 = v.iter().sum();
        let max = *v.iter().max().ok_or(AppError::Empty)?;
        Ok((sum, sum as f64 / v.len() as f64, max))
    }
}

struct Chain<A, B>(A, B);
impl<A: Stage, B: Stage<In = A::Out>> Stage for Chain<A, B> {
    type In = A::In;
    type Out = B::Out;
    fn run(&self, x: A::In) -> Result<B::Out, AppError> { self.1.run(self.0.run(x)?) }
}

fn process(line: &str) -> Result<String, Box<dyn std::error::Error>> {
    let pipeline = Chain(Chain(ParseStage, RangeCheck { min: -100, max: 100 }), Summarize);
    let (sum, mean, max) = pipeline.run(line.to_string())?;
    Ok(format!("sum={} mean={:.2} max={}", sum, mean, max))
}

fn main() {
    for line in ["1, 2, 3", "10,-20, 95", "", "4, x, 6", "50, 500", " 7 "] {
        match process(line) {
            Ok(s) => println!("{:>12?} -> {}", line, s),
            Err(e) => {
                let cause = e.source().map(|c| c.to_string()).unwrap_or_else(|| "-".into());
                println!("{:>12?} -> error: {} (cause: {})", line, e, cause);
            }
        }
    }
}
