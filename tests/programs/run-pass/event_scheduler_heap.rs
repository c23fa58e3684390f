use std::cmp::Ordering;
use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
struct Event {
    time: u32,
    seq: u32,
    kind: Kind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    Arrive { customer: u32 },
    StartService { customer: u32, teller: usize },
    Depart { customer: u32, teller: usize },
}

impl Ord for Event {
    fn cmp(&self, other: &Self) -> Ordering {
        self.time.cmp(&other.time).then_with(|| self.seq.cmp(&other.seq))
    }
}

impl PartialOrd for Event {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match &self.kind {
            Kind::Arrive { customer } => write!(f, "t={:>3} customer {} arrives", self.time, customer),
            Kind::StartService { customer, teller } => {
                write!(f, "t={:>3} teller {} starts customer {}", self.time, teller, customer)
            }
            Kind::Depart { customer, teller } => write!(f, "t={:>3} customer {} leaves teller {}", self.time, customer, teller),
        }
    }
}

struct Heap<T: Ord> {
    items: Vec<T>,
}

impl<T: Ord> Heap<T> {
    fn new() -> Self {
        Heap { items: Vec::new() }
    }
    fn push(&mut self, x: T) {
        self.items.push(x);
        let mut i = self.items.len() - 1;
        while i > 0 && self.items[i] < self.items[(i - 1) / 2] {
            self.items.swap(i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
    }
    fn pop(&mut self) -> Option<T> {
        let n = self.items.len();
        if n == 0 {
            return None;
        }
        self.items.swap(0, n - 1);
        let top = self.items.pop();
        let mut i = 0;
        loop {
            let smallest = [2 * i + 1, 2 * i + 2]
                .iter()
                .copied()
                .filter(|&c| c < self.items.len())
                .fold(i, |best, c| if self.items[c] < self.items[best] { c } else { best });
            if smallest == i {
                return top;
            }
            self.items.swap(i, smallest);
            i = smallest;
        }
    }
    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

struct Sim {
    queue: Heap<Event>,
    seq: u32,
    free: Vec<bool>,
    waiting: Vec<(u32, u32)>,
    service: HashMap<u32, u32>,
    waits: Vec<u32>,
}

impl Sim {
    fn schedule(&mut self, time: u32, kind: Kind) {
        self.seq += 1;
        self.queue.push(Event { time, seq: self.seq, kind });
    }

    fn try_start(&mut self, now: u32) {
        while let Some(teller) = self.free.iter().position(|&f| f) {
            if self.waiting.is_empty() {
                break;
            }
            let (customer, arrived) = self.waiting.remove(0);
            self.free[teller] = false;
            self.waits.push(now - arrived);
            self.schedule(now, Kind::StartService { customer, teller });
        }
    }

    fn run(&mut self) -> u32 {
        let mut last = 0;
        while let Some(ev) = self.queue.pop() {
            println!("{}", ev);
            last = ev.time;
            match ev.kind {
                Kind::Arrive { customer } => {
                    self.waiting.push((customer, ev.time));
                    self.try_start(ev.time);
                }
                Kind::StartService { customer, teller } => {
                    let d = self.service[&customer];
                    self.schedule(ev.time + d, Kind::Depart { customer, teller });
                }
                Kind::Depart { teller, .. } => {
                    self.free[teller] = true;
                    self.try_start(ev.time);
                }
            }
        }
        last
    }
}

fn main() {
    let arrivals = [(1u32, 0u32, 5u32), (2, 1, 3), (3, 2, 8), (4, 2, 2), (5, 6, 4), (6, 7, 1), (7, 15, 2)];
    let mut sim = Sim { queue: Heap::new(), seq: 0, free: vec![true; 2], waiting: vec![], service: HashMap::new(), waits: vec![] };
    for &(c, t, d) in arrivals.iter() {
        sim.service.insert(c, d);
        sim.schedule(t, Kind::Arrive { customer: c });
    }
    let end = sim.run();
    let total: u32 = sim.waits.iter().sum();
    println!("finished at t={} waits={:?} avg={:.2} max={:?}", end, sim.waits, total as f64 / sim.waits.len() as f64, sim.waits.iter().max());
    println!("queue empty: {}", sim.queue.is_empty());

    let mut h = Heap::new();
    for w in ["pear", "apple", "fig", "kiwi", "banana"] {
        h.push((w.len(), w));
    }
    let mut drained = Vec::new();
    while let Some((n, w)) = h.pop() {
        drained.push(format!("{}:{}", n, w));
    }
    println!("{}", drained.join(" "));
}
