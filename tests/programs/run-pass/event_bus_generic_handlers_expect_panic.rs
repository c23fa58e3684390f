// Generic event queue with trait-object handlers and priorities; panics
// at the end with a custom message from a failed expect.
use std::collections::BTreeMap;
use std::fmt::Debug;

trait Handler<E> {
    fn handle(&mut self, event: &E) -> Option<E>;
    fn name(&self) -> &str;
}

#[derive(Debug, Clone, PartialEq)]
enum Ev { Ping(u32), Pong(u32), Stop }

struct Echo { seen: u32 }
impl Handler<Ev> for Echo {
    fn handle(&mut self, e: &Ev) -> Option<Ev> {
        self.seen += 1;
        match e { Ev::Ping(n) if *n < 3 => Some(Ev::Pong(*n)), Ev::Ping(_) => Some(Ev::Stop), _ => None }
    }
    fn name(&self) -> &str { "echo" }
}

struct Counter<F: FnMut(&Ev) -> bool> { pred: F, hits: usize }
impl<F: FnMut(&Ev) -> bool> Handler<Ev> for Counter<F> {
    fn handle(&mut self, e: &Ev) -> Option<Ev> {
        if (self.pred)(e) { self.hits += 1; }
        if let Ev::Pong(n) = e { Some(Ev::Ping(n + 1)) } else { None }
    }
    fn name(&self) -> &str { "counter" }
}

struct Bus<E> { handlers: Vec<Box<dyn Handler<E>>>, queue: BTreeMap<(u32, u32), E>, seq: u32, trace: Vec<String> }

impl<E: Debug + Clone> Bus<E> {
    fn new() -> Self { Bus { handlers: Vec::new(), queue: BTreeMap::new(), seq: 0, trace: Vec::new() } }
    fn subscribe(&mut self, h: impl Handler<E> + 'static) { self.handlers.push(Box::new(h)); }
    fn post(&mut self, prio: u32, e: E) { self.seq += 1; self.queue.insert((prio, self.seq), e); }
    fn run(&mut self, limit: usize) -> usize {
        let mut n = 0;
        while let Some((&key, _)) = self.queue.iter().next() {
            if n == limit { break; }
            let e = self.queue.remove(&key).expect("key just seen");
            n += 1;
            let mut follow = Vec::new();
            for h in self.handlers.iter_mut() {
                if let Some(next) = h.handle(&e) {
                    self.trace.push(format!("{}: {:?} -> {:?}", h.name(), e, next));
                    follow.push(next);
                }
            }
            for f in follow { self.post(key.0 + 1, f); }
        }
        n
    }
}

fn main() {
    let mut bus: Bus<Ev> = Bus::new();
    bus.subscribe(Echo { seen: 0 });
    let mut pings = 0;
    bus.subscribe(Counter { pred: move |e| { if matches!(e, Ev::Ping(_)) { pings += 1; } pings % 2 == 1 }, hits: 0 });
    bus.post(0, Ev::Ping(0));
    bus.post(5, Ev::Stop);
    let processed = bus.run(20);
    println!("processed {}", processed);
    for t in &bus.trace { println!("{}", t); }
    println!("left in queue: {:?}", bus.queue.values().collect::<Vec<_>>());
    let names: Vec<&str> = bus.handlers.iter().map(|h| h.name()).collect();
    println!("{:?}", names);
    let lookup: Option<&Box<dyn Handler<Ev>>> = bus.handlers.iter().find(|h| h.name() == "logger");
    let h = lookup.expect("no handler named logger");
    println!("unreachable {}", h.name());
}
