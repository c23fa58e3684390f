// A small inventory system with traits, generics and error handling.
use std::collections::BTreeMap;
use std::error::Error;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum InvError {
    OutOfStock { sku: String, wanted: u32, have: u32 },
    UnknownSku(String),
    InvalidQuantity(i64),
}

impl fmt::Display for InvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InvError::OutOfStock { sku, wanted, have } => write!(f, "{}: wanted {}, only {} left", sku, wanted, have),
            InvError::UnknownSku(s) => write!(f, "unknown sku {:?}", s),
            InvError::InvalidQuantity(q) => write!(f, "invalid quantity {}", q),
        }
    }
}

impl Error for InvError {}

trait Priced {
    fn unit_cents(&self) -> u64;
    fn total(&self, qty: u32) -> u64 {
        self.unit_cents() * qty as u64
    }
}

#[derive(Debug, Clone)]
struct Item {
    name: String,
    cents: u64,
    stock: u32,
}

impl Priced for Item {
    fn unit_cents(&self) -> u64 {
        self.cents
    }
}

struct Discounted<P: Priced> {
    inner: P,
    percent: u64,
}

impl<P: Priced> Priced for Discounted<P> {
    fn unit_cents(&self) -> u64 {
        self.inner.unit_cents() * (100 - self.percent) / 100
    }
}

#[derive(Default)]
struct Inventory {
    items: BTreeMap<String, Item>,
    log: Vec<String>,
}

impl Inventory {
    fn add(&mut self, sku: &str, name: &str, cents: u64, stock: u32) {
        self.items
            .entry(sku.to_string())
            .and_modify(|it| it.stock += stock)
            .or_insert_with(|| Item { name: name.to_string(), cents, stock });
    }

    fn take(&mut self, sku: &str, qty: i64) -> Result<u64, InvError> {
        let qty: u32 = u32::try_from(qty).ok().filter(|&q| q > 0).ok_or(InvError::InvalidQuantity(qty))?;
        let item = self.items.get_mut(sku).ok_or_else(|| InvError::UnknownSku(sku.to_string()))?;
        if item.stock < qty {
            return Err(InvError::OutOfStock { sku: sku.to_string(), wanted: qty, have: item.stock });
        }
        item.stock -= qty;
        let cost = item.total(qty);
        self.log.push(format!("took {} x {}", qty, item.name));
        Ok(cost)
    }

    fn order(&mut self, lines: &[(&str, i64)]) -> Result<u64, Box<dyn Error>> {
        let mut total = 0;
        for &(sku, qty) in lines {
            total += self.take(sku, qty)?;
        }
        if total > 100_00 {
            return Err(format!("order total {} exceeds limit", total).into());
        }
        Ok(total)
    }

    fn value(&self) -> u64 {
        self.items.values().map(|i| i.total(i.stock)).sum()
    }
}

fn money(c: u64) -> String {
    format!("${}.{:02}", c / 100, c % 100)
}

fn main() {
    let mut inv = Inventory::default();
    inv.add("A1", "bolt", 25, 100);
    inv.add("B2", "nut", 10, 50);
    inv.add("C3", "gear", 1250, 4);
    inv.add("A1", "bolt", 25, 20);
    println!("stock value {}", money(inv.value()));
    let orders: Vec<Vec<(&str, i64)>> = vec![
        vec![("A1", 10), ("B2", 5)],
        vec![("C3", 5)],
        vec![("Z9", 1)],
        vec![("B2", -3)],
        vec![("C3", 4), ("A1", 100)],
        vec![("A1", 110)],
    ];
    for (i, o) in orders.iter().enumerate() {
        match inv.order(o) {
            Ok(t) => println!("order {}: ok {}", i, money(t)),
            Err(e) => println!("order {}: failed: {}", i, e),
        }
    }
    let d = Discounted { inner: Item { name: "x".into(), cents: 999, stock: 1 }, percent: 15 };
    println!("discounted {} x3 = {}", money(d.unit_cents()), money(d.total(3)));
    let dd = Discounted { inner: d, percent: 50 };
    println!("double discounted {}", money(dd.unit_cents()));
    for line in &inv.log {
        println!("log: {}", line);
    }
    for (sku, item) in &inv.items {
        println!("{} {:<5} {:>4}", sku, item.name, item.stock);
    }
    let e: Box<dyn Error> = Box::new(InvError::UnknownSku("Q".into()));
    println!("{} / {:?}", e, e.to_string());
}
