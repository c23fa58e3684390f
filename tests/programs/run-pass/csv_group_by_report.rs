use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, PartialEq)]
struct Sale {
    region: String,
    product: String,
    units: u32,
    price_cents: u64,
}

#[derive(Debug, PartialEq)]
enum ParseError {
    WrongFieldCount { line: usize, found: usize },
    BadNumber { line: usize, field: &'static str, text: String },
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ParseError::WrongFieldCount { line, found } => write!(f, "line {}: expected 4 fields, found {}", line, found),
            ParseError::BadNumber { line, field, text } => write!(f, "line {}: bad {} {:?}", line, field, text),
        }
    }
}

fn parse_field<T: FromStr>(line: usize, field: &'static str, text: &str) -> Result<T, ParseError> {
    text.trim().parse().map_err(|_| ParseError::BadNumber { line, field, text: text.to_string() })
}

fn parse_price(line: usize, text: &str) -> Result<u64, ParseError> {
    let bad = || ParseError::BadNumber { line, field: "price", text: text.to_string() };
    let (whole, frac) = text.trim().split_once('.').unwrap_or((text.trim(), "0"));
    let whole: u64 = whole.parse().map_err(|_| bad())?;
    let frac = format!("{:0<2}", frac);
    let cents: u64 = frac.get(..2).ok_or_else(bad)?.parse().map_err(|_| bad())?;
    Ok(whole * 100 + cents)
}

fn parse(input: &str) -> (Vec<Sale>, Vec<ParseError>) {
    let mut sales = Vec::new();
    let mut errors = Vec::new();
    for (i, raw) in input.lines().enumerate().skip(1) {
        let line = i + 1;
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = raw.split(',').map(str::trim).collect();
        let result = match fields.as_slice() {
            [region, product, units, price] => parse_field(line, "units", units).and_then(|units| {
                Ok(Sale {
                    region: region.to_string(),
                    product: product.to_string(),
                    units,
                    price_cents: parse_price(line, price)?,
                })
            }),
            other => Err(ParseError::WrongFieldCount { line, found: other.len() }),
        };
        match result {
            Ok(s) => sales.push(s),
            Err(e) => errors.push(e),
        }
    }
    (sales, errors)
}

struct Money(u64);

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = format!("${}.{:02}", self.0 / 100, self.0 % 100);
        f.pad(&s)
    }
}

fn group_by<'a, K: Ord, F: Fn(&'a Sale) -> K>(sales: &'a [Sale], key: F) -> BTreeMap<K, Vec<&'a Sale>> {
    let mut groups: BTreeMap<K, Vec<&Sale>> = BTreeMap::new();
    for s in sales {
        groups.entry(key(s)).or_default().push(s);
    }
    groups
}

fn main() {
    let input = "region,product,units,price
north, widget, 10, 2.50
north, gadget, 3, 10
south, widget, 7, 2.5
# a comment line
east, gizmo, 1, 99.99
south, gadget, x, 10.00
west, widget, 4
east, widget, 12, 2.45
north, gizmo, 2, 100.1
";
    let (sales, errors) = parse(input);
    println!("parsed {} sales, {} errors", sales.len(), errors.len());
    for e in &errors {
        println!("  {}", e);
    }
    println!("{:<8}|{:>6}|{:>12}", "region", "units", "revenue");
    println!("{}", "-".repeat(28));
    let by_region = group_by(&sales, |s| s.region.as_str());
    let mut grand = 0;
    for (region, group) in &by_region {
        let units: u32 = group.iter().map(|s| s.units).sum();
        let revenue: u64 = group.iter().map(|s| s.units as u64 * s.price_cents).sum();
        grand += revenue;
        println!("{:<8}|{:>6}|{:>12}", region, units, Money(revenue));
    }
    println!("{:<8}|{:>6}|{:>12}", "total", sales.iter().map(|s| s.units).sum::<u32>(), Money(grand));

    let mut per_product: HashMap<&str, (u32, u64)> = HashMap::new();
    for s in &sales {
        let e = per_product.entry(&s.product).or_insert((0, 0));
        e.0 += s.units;
        e.1 = e.1.max(s.price_cents);
    }
    let mut rows: Vec<_> = per_product.into_iter().collect();
    rows.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
    for (product, (units, max_price)) in rows {
        println!("{:>8}: {:3} units, max price {:<9}|", product, units, Money(max_price));
    }
    let best = sales.iter().max_by_key(|s| s.units as u64 * s.price_cents).map(|s| (&s.region, &s.product));
    println!("best line: {:?}", best);
    assert_eq!(parse_price(1, "3.5"), Ok(350));
    assert!(parse_price(1, "3.x").is_err());
}
