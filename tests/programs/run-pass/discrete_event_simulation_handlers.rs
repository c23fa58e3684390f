// A discrete-event simulation: events ordered by time in a BinaryHeap of
// Reverse((time, seq)), handlers as boxed FnMut closures sharing state
// through Rc<RefCell<..>>, and events that schedule further events.
use std::cell::RefCell;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::rc::Rc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Arrive,
    Serve,
    Leave,
}

struct Event {
    kind: Kind,
    customer: u32,
}

struct Sim {
    now: u64,
    seq: u64,
    queue: BinaryHeap<Reverse<(u64, u64)>>,
    events: HashMap<u64, Event>,
    handlers: HashMap<Kind, Box<dyn FnMut(u64, u32) -> Vec<(u64, Kind, u32)>>>,
}

impl Sim {
    fn new() -> Sim {
        Sim { now: 0, seq: 0, queue: BinaryHeap::new(), events: HashMap::new(), handlers: HashMap::new() }
    }

    fn schedule(&mut self, at: u64, kind: Kind, customer: u32) {
        self.seq += 1;
        self.queue.push(Reverse((at, self.seq)));
        self.events.insert(self.seq, Event { kind, customer });
    }

    fn on(&mut self, kind: Kind, f: impl FnMut(u64, u32) -> Vec<(u64, Kind, u32)> + 'static) {
        self.handlers.insert(kind, Box::new(f));
    }

    fn run(&mut self, until: u64) -> usize {
        let mut handled = 0;
        while let Some(Reverse((at, id))) = self.queue.pop() {
            if at > until {
                break;
            }
            self.now = at;
            let event = self.events.remove(&id).expect("scheduled event");
            let follow = match self.handlers.get_mut(&event.kind) {
                Some(h) => h(at, event.customer),
                None => Vec::new(),
            };
            handled += 1;
            for (delay, kind, customer) in follow {
                self.schedule(at + delay, kind, customer);
            }
        }
        handled
    }
}

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let busy_until = Rc::new(RefCell::new(0u64));
    let mut sim = Sim::new();
    {
        let log = Rc::clone(&log);
        let busy = Rc::clone(&busy_until);
        sim.on(Kind::Arrive, move |t, c| {
            log.borrow_mut().push(format!("t={t:>3} customer {c} arrives"));
            let start = (*busy.borrow()).max(t);
            *busy.borrow_mut() = start + 4;
            vec![(start - t, Kind::Serve, c)]
        });
    }
    {
        let log = Rc::clone(&log);
        sim.on(Kind::Serve, move |t, c| {
            log.borrow_mut().push(format!("t={t:>3} serving {c}"));
            vec![(4, Kind::Leave, c)]
        });
    }
    {
        let log = Rc::clone(&log);
        sim.on(Kind::Leave, move |t, c| {
            log.borrow_mut().push(format!("t={t:>3} customer {c} leaves"));
            Vec::new()
        });
    }
    for (i, at) in [0u64, 1, 2, 10].iter().enumerate() {
        sim.schedule(*at, Kind::Arrive, i as u32 + 1);
    }
    let handled = sim.run(15);
    for line in log.borrow().iter() {
        println!("{line}");
    }
    println!("handled {handled} events, {} left, clock {}", sim.queue.len(), sim.now);
    println!("log shared by {} owners", Rc::strong_count(&log));
}
