// Collecting, summing and multiplying iterators of Results and Options:
// the first Err or None wins and stops the iteration.
#[derive(Debug)]
enum ParseError {
    Empty,
    NotANumber(String),
}

fn parse(s: &str) -> Result<i64, ParseError> {
    if s.is_empty() {
        return Err(ParseError::Empty);
    }
    s.parse().map_err(|_| ParseError::NotANumber(s.to_string()))
}

fn parse_all(line: &str) -> Result<Vec<i64>, ParseError> {
    line.split(',').map(|s| s.trim()).map(parse).collect()
}

fn checked_total(xs: &[u8]) -> Option<u8> {
    xs.iter().map(|&x| Some(x)).try_fold(0u8, |acc, x| acc.checked_add(x?))
}

fn main() {
    println!("{:?}", parse_all("1, 2, 3"));
    println!("{:?}", parse_all("1, x, 3"));
    println!("{:?}", parse_all("4,,5"));
    let seen: Result<Vec<i64>, ParseError> = ["7", "8", "oops", "9"]
        .iter()
        .inspect(|s| println!("looking at {s}"))
        .map(|s| parse(s))
        .collect();
    println!("{:?}", seen);
    let halves: Option<Vec<i32>> = [4, 8, 10].iter().map(|&x| if x % 2 == 0 { Some(x / 2) } else { None }).collect();
    let odd: Option<Vec<i32>> = [4, 7, 10].iter().map(|&x| if x % 2 == 0 { Some(x / 2) } else { None }).collect();
    println!("{:?} {:?}", halves, odd);
    let total: Result<i64, ParseError> = ["10", "20", "30"].iter().map(|s| parse(s)).sum();
    let product: Option<u32> = [Some(2u32), Some(3), Some(7)].into_iter().product();
    let missing: Option<u32> = [Some(2u32), None].into_iter().sum();
    println!("{:?} {:?} {:?}", total, product, missing);
    let text: Result<String, String> = vec![Ok('a'), Ok('b')].into_iter().collect();
    println!("{:?}", text);
    let set: Option<std::collections::BTreeSet<char>> = "hello".chars().map(Some).collect();
    println!("{:?}", set);
    println!("{:?} {:?}", checked_total(&[100, 100]), checked_total(&[200, 100]));
}
