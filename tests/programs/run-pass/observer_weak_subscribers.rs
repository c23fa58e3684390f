use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::fmt;
use std::rc::{Rc, Weak};

#[derive(Clone, Debug, PartialEq)]
enum Event {
    PriceChanged { symbol: String, price: f64 },
    Halted(String),
    Tick(u32),
}

impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Event::PriceChanged { symbol, price } => write!(f, "{} @ {:.2}", symbol, price),
            Event::Halted(s) => write!(f, "{} halted", s),
            Event::Tick(n) => write!(f, "tick #{}", n),
        }
    }
}

trait Subscriber {
    fn name(&self) -> String;
    fn notify(&self, event: &Event);
}

struct Publisher {
    subscribers: RefCell<Vec<Weak<dyn Subscriber>>>,
    sent: Cell<usize>,
}

impl Publisher {
    fn new() -> Self {
        Publisher { subscribers: RefCell::new(Vec::new()), sent: Cell::new(0) }
    }
    fn subscribe(&self, s: &Rc<dyn Subscriber>) {
        self.subscribers.borrow_mut().push(Rc::downgrade(s));
    }
    fn publish(&self, event: Event) -> usize {
        let mut delivered = 0;
        self.subscribers.borrow_mut().retain(|w| match w.upgrade() {
            Some(s) => {
                s.notify(&event);
                delivered += 1;
                true
            }
            None => false,
        });
        self.sent.set(self.sent.get() + delivered);
        delivered
    }
    fn live(&self) -> usize {
        self.subscribers.borrow().len()
    }
}

struct Logger {
    lines: RefCell<Vec<String>>,
}

impl Subscriber for Logger {
    fn name(&self) -> String {
        "logger".into()
    }
    fn notify(&self, event: &Event) {
        let n = self.lines.borrow().len();
        self.lines.borrow_mut().push(format!("[{}] {}", n, event));
    }
}

struct PriceTracker {
    last: RefCell<BTreeMap<String, f64>>,
    high: RefCell<BTreeMap<String, f64>>,
}

impl Subscriber for PriceTracker {
    fn name(&self) -> String {
        format!("tracker({})", self.last.borrow().len())
    }
    fn notify(&self, event: &Event) {
        if let Event::PriceChanged { symbol, price } = event {
            self.last.borrow_mut().insert(symbol.clone(), *price);
            let mut high = self.high.borrow_mut();
            let h = high.entry(symbol.clone()).or_insert(*price);
            if *price > *h {
                *h = *price;
            }
        }
    }
}

struct Counter {
    id: u32,
    seen: Cell<u32>,
}

impl Subscriber for Counter {
    fn name(&self) -> String {
        format!("counter{}", self.id)
    }
    fn notify(&self, _: &Event) {
        self.seen.set(self.seen.get() + 1);
    }
}

impl Drop for Counter {
    fn drop(&mut self) {
        println!("counter{} dropped after {} events", self.id, self.seen.get());
    }
}

fn main() {
    let publisher = Publisher::new();
    let logger = Rc::new(Logger { lines: RefCell::new(Vec::new()) });
    let tracker = Rc::new(PriceTracker { last: RefCell::new(BTreeMap::new()), high: RefCell::new(BTreeMap::new()) });
    let logger_dyn: Rc<dyn Subscriber> = logger.clone();
    let tracker_dyn: Rc<dyn Subscriber> = tracker.clone();
    publisher.subscribe(&logger_dyn);
    publisher.subscribe(&tracker_dyn);

    let events = vec![
        Event::Tick(1),
        Event::PriceChanged { symbol: "ACME".into(), price: 10.5 },
        Event::PriceChanged { symbol: "INIT".into(), price: 99.125 },
        Event::PriceChanged { symbol: "ACME".into(), price: 12.0 },
    ];
    {
        let counter: Rc<dyn Subscriber> = Rc::new(Counter { id: 7, seen: Cell::new(0) });
        publisher.subscribe(&counter);
        for e in events.iter().cloned() {
            let n = publisher.publish(e);
            println!("delivered to {}", n);
        }
        println!("names: {:?}", [&logger_dyn, &tracker_dyn, &counter].iter().map(|s| s.name()).collect::<Vec<_>>());
        println!("strong={} weak={}", Rc::strong_count(&counter), Rc::weak_count(&counter));
    }
    println!("live before: {}", publisher.live());
    let n = publisher.publish(Event::PriceChanged { symbol: "ACME".into(), price: 9.75 });
    println!("delivered to {}, live after: {}", n, publisher.live());
    drop(tracker_dyn);
    drop(tracker);
    publisher.publish(Event::Halted("INIT".to_string()));
    println!("live at end: {}, total sent {}", publisher.live(), publisher.sent.get());
    for line in logger.lines.borrow().iter() {
        println!("{}", line);
    }
    assert_eq!(events[0], Event::Tick(1));
}
