// Library management: lifetimes in structs, iterators returning references,
// sorting with closures, HashMap of Vec, and Option chains.
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
enum Status { Available, Borrowed { by: u32, due: u32 }, Lost }

#[derive(Debug, Clone)]
struct Book { id: u32, title: String, author: String, year: u16, status: Status }

struct Library { books: Vec<Book>, members: HashMap<u32, String> }

struct Overdue<'a> { book: &'a Book, member: &'a str, days: u32 }

impl Library {
    fn by_author<'a>(&'a self, author: &str) -> impl Iterator<Item = &'a Book> + 'a {
        let author = author.to_lowercase();
        self.books.iter().filter(move |b| b.author.to_lowercase().contains(&author))
    }
    fn find_mut(&mut self, id: u32) -> Option<&mut Book> { self.books.iter_mut().find(|b| b.id == id) }
    fn lend(&mut self, id: u32, member: u32, today: u32) -> Result<u32, String> {
        if !self.members.contains_key(&member) { return Err(format!("no member {}", member)); }
        let book = self.find_mut(id).ok_or_else(|| format!("no book {}", id))?;
        match book.status {
            Status::Available => { let due = today + 14; book.status = Status::Borrowed { by: member, due }; Ok(due) }
            Status::Borrowed { by, .. } if by == member => Err(format!("{} already has {:?}", member, book.title)),
            Status::Borrowed { due, .. } => Err(format!("{:?} is out until day {}", book.title, due)),
            Status::Lost => Err(format!("{:?} is lost", book.title)),
        }
    }
    fn give_back(&mut self, id: u32) -> Option<u32> {
        let book = self.find_mut(id)?;
        if let Status::Borrowed { by, .. } = std::mem::replace(&mut book.status, Status::Available) { Some(by) } else { None }
    }
    fn overdue(&self, today: u32) -> Vec<Overdue<'_>> {
        let mut v: Vec<Overdue> = self.books.iter().filter_map(|b| match b.status {
            Status::Borrowed { by, due } if due < today => Some(Overdue { book: b, member: self.members.get(&by).map(String::as_str).unwrap_or("?"), days: today - due }),
            _ => None,
        }).collect();
        v.sort_by(|a, b| b.days.cmp(&a.days).then_with(|| a.book.title.cmp(&b.book.title)));
        v
    }
    fn oldest_per_author(&self) -> Vec<(&str, &str, u16)> {
        let mut map: HashMap<&str, &Book> = HashMap::new();
        for b in &self.books {
            map.entry(b.author.as_str()).and_modify(|cur| if b.year < cur.year { *cur = b }).or_insert(b);
        }
        let mut v: Vec<_> = map.into_iter().map(|(a, b)| (a, b.title.as_str(), b.year)).collect();
        v.sort_by_key(|&(a, _, y)| (y, a));
        v
    }
}

fn main() {
    let raw = "1|Dune|Frank Herbert|1965\n2|Emma|Jane Austen|1815\n3|Persuasion|Jane Austen|1817\n4|Children of Dune|Frank Herbert|1976\n5|Neuromancer|William Gibson|1984\n6|Bad|Line";
    let books: Vec<Book> = raw.lines().filter_map(|l| {
        let f: Vec<&str> = l.split('|').collect();
        if let [id, title, author, year] = f[..] {
            Some(Book { id: id.parse().ok()?, title: title.into(), author: author.into(), year: year.parse().ok()?, status: Status::Available })
        } else { None }
    }).collect();
    let mut lib = Library { books, members: [(10, "ann".to_string()), (11, "ben".to_string())].into_iter().collect() };
    println!("{} books; Austen: {:?}", lib.books.len(), lib.by_author("austen").map(|b| &b.title[..]).collect::<Vec<_>>());
    let attempts = [(1, 10, 1), (1, 11, 2), (1, 10, 3), (2, 11, 3), (9, 10, 4), (3, 12, 4), (5, 11, 5)];
    for (book, member, day) in attempts {
        match lib.lend(book, member, day) { Ok(due) => println!("day {}: book {} to {} due {}", day, book, member, due), Err(e) => println!("day {}: {}", day, e) }
    }
    if let Some(b) = lib.find_mut(4) { b.status = Status::Lost; }
    println!("{:?}", lib.lend(4, 10, 6));
    for o in lib.overdue(20) { println!("overdue: {} by {} ({} days)", o.book.title, o.member, o.days); }
    println!("returned by {:?}, again {:?}", lib.give_back(1), lib.give_back(1));
    println!("{:?}", lib.oldest_per_author());
    let statuses: Vec<String> = lib.books.iter().map(|b| format!("{}:{}", b.id, match &b.status { Status::Available => "in".to_string(), Status::Borrowed { by, .. } => format!("out({})", by), Status::Lost => "lost".into() })).collect();
    println!("{}", statuses.join(" "));
}
