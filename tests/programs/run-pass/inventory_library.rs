use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Category {
    Book,
    Dvd,
    Magazine,
}

#[derive(Debug, Clone)]
struct Item {
    id: u32,
    title: String,
    category: Category,
    copies: u32,
    on_loan: u32,
    price_cents: u64,
}

#[derive(Debug, PartialEq)]
enum LoanError {
    UnknownItem(u32),
    NoCopiesLeft { title: String },
    LimitReached { member: String, limit: usize },
    NotBorrowed(u32),
}

impl fmt::Display for LoanError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            LoanError::UnknownItem(id) => write!(f, "no item with id {}", id),
            LoanError::NoCopiesLeft { title } => write!(f, "all copies of '{}' are on loan", title),
            LoanError::LimitReached { member, limit } => write!(f, "{} already has {} items", member, limit),
            LoanError::NotBorrowed(id) => write!(f, "item {} was not borrowed", id),
        }
    }
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "{:>4} | {:<24} | {:<8} | {:>2}/{:<2} | ${:>4}.{:02}",
            self.id,
            self.title,
            format!("{:?}", self.category),
            self.copies - self.on_loan,
            self.copies,
            self.price_cents / 100,
            self.price_cents % 100
        )
    }
}

struct Library {
    items: Vec<Item>,
    loans: HashMap<String, Vec<u32>>,
    limit: usize,
}

impl Library {
    fn find_mut(&mut self, id: u32) -> Result<&mut Item, LoanError> {
        self.items.iter_mut().find(|i| i.id == id).ok_or(LoanError::UnknownItem(id))
    }

    fn lend(&mut self, member: &str, id: u32) -> Result<(), LoanError> {
        let count = self.loans.get(member).map_or(0, |v| v.len());
        if count >= self.limit {
            return Err(LoanError::LimitReached { member: member.to_string(), limit: self.limit });
        }
        let item = self.find_mut(id)?;
        if item.on_loan == item.copies {
            return Err(LoanError::NoCopiesLeft { title: item.title.clone() });
        }
        item.on_loan += 1;
        self.loans.entry(member.to_string()).or_default().push(id);
        Ok(())
    }

    fn give_back(&mut self, member: &str, id: u32) -> Result<(), LoanError> {
        let list = self.loans.get_mut(member).ok_or(LoanError::NotBorrowed(id))?;
        let pos = list.iter().position(|&x| x == id).ok_or(LoanError::NotBorrowed(id))?;
        list.remove(pos);
        self.find_mut(id)?.on_loan -= 1;
        Ok(())
    }

    fn value_by_category(&self) -> Vec<(Category, u64)> {
        let mut totals: HashMap<Category, u64> = HashMap::new();
        for item in &self.items {
            *totals.entry(item.category).or_insert(0) += item.price_cents * item.copies as u64;
        }
        let mut v: Vec<_> = totals.into_iter().collect();
        v.sort();
        v
    }
}

fn main() {
    let raw = "1;The Rust Programming Language;Book;3;3999\n\
               2;Dune;Book;2;1299\n\
               3;Blade Runner;Dvd;1;1499\n\
               4;Byte Monthly;Magazine;5;450\n\
               5;Structure and Interpretation;Book;1;5500";
    let items: Vec<Item> = raw
        .lines()
        .map(|line| {
            let parts: Vec<&str> = line.trim().split(';').collect();
            Item {
                id: parts[0].parse().unwrap(),
                title: parts[1].to_string(),
                category: match parts[2] {
                    "Book" => Category::Book,
                    "Dvd" => Category::Dvd,
                    _ => Category::Magazine,
                },
                copies: parts[3].parse().unwrap(),
                on_loan: 0,
                price_cents: parts[4].parse().unwrap(),
            }
        })
        .collect();
    let mut lib = Library { items, loans: HashMap::new(), limit: 2 };

    let requests = [("ann", 3, true), ("bob", 3, true), ("ann", 1, true), ("ann", 2, true), ("cid", 9, true), ("bob", 5, true), ("cid", 5, true), ("ann", 3, false), ("bob", 3, true), ("cid", 4, false)];
    for (member, id, lend) in requests.iter() {
        let r = if *lend { lib.lend(member, *id) } else { lib.give_back(member, *id) };
        let verb = if *lend { "borrows" } else { "returns" };
        match r {
            Ok(()) => println!("{} {} #{}: ok", member, verb, id),
            Err(e) => println!("{} {} #{}: {}", member, verb, id, e),
        }
    }
    println!();
    for item in &lib.items {
        println!("{}", item);
    }
    let mut members: Vec<(&String, &Vec<u32>)> = lib.loans.iter().filter(|(_, v)| !v.is_empty()).collect();
    members.sort_by_key(|(name, _)| name.as_str());
    for (name, ids) in members {
        let titles: Vec<&str> = ids
            .iter()
            .filter_map(|id| lib.items.iter().find(|i| i.id == *id))
            .map(|i| i.title.as_str())
            .collect();
        println!("{:>5}: {:?}", name, titles);
    }
    for (cat, cents) in lib.value_by_category() {
        println!("{:<10}{:>10.2}", format!("{:?}", cat), cents as f64 / 100.0);
    }
    let cheapest = lib.items.iter().min_by_key(|i| i.price_cents).map(|i| &i.title);
    let most_loaned = lib.items.iter().max_by_key(|i| (i.on_loan, u32::MAX - i.id)).unwrap();
    println!("cheapest={:?} most_loaned={}", cheapest, most_loaned.title);
}
