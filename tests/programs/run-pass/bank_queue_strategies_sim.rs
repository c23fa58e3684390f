// Simulated bank queue with a generic priority scheduler trait, Rc<RefCell>
// shared statistics, and closures as strategies chosen at run time.
use std::cell::RefCell;
use std::collections::{BinaryHeap, VecDeque};
use std::cmp::Reverse;
use std::rc::Rc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Customer { arrival: u32, service: u32, id: u32 }

trait Queue { fn push(&mut self, c: Customer); fn pop(&mut self) -> Option<Customer>; fn len(&self) -> usize; }

struct Fifo(VecDeque<Customer>);
struct ShortestFirst(BinaryHeap<Reverse<(u32, u32, Customer)>>);

impl Queue for Fifo {
    fn push(&mut self, c: Customer) { self.0.push_back(c) }
    fn pop(&mut self) -> Option<Customer> { self.0.pop_front() }
    fn len(&self) -> usize { self.0.len() }
}
impl Queue for ShortestFirst {
    fn push(&mut self, c: Customer) { self.0.push(Reverse((c.service, c.arrival, c))) }
    fn pop(&mut self) -> Option<Customer> { self.0.pop().map(|Reverse((_, _, c))| c) }
    fn len(&self) -> usize { self.0.len() }
}

#[derive(Default, Debug)]
struct Stats { served: u32, total_wait: u32, max_wait: u32, max_queue: usize }

fn simulate(customers: &[Customer], mut queue: Box<dyn Queue>, stats: Rc<RefCell<Stats>>) -> Vec<(u32, u32)> {
    let mut order = Vec::new();
    let mut clock = 0;
    let mut pending = customers.iter().peekable();
    loop {
        while let Some(c) = pending.next_if(|c| c.arrival <= clock) { queue.push(*c); }
        { let mut s = stats.borrow_mut(); s.max_queue = s.max_queue.max(queue.len()); }
        match queue.pop() {
            Some(c) => {
                let wait = clock - c.arrival;
                let mut s = stats.borrow_mut();
                s.served += 1; s.total_wait += wait; s.max_wait = s.max_wait.max(wait);
                order.push((c.id, wait));
                clock += c.service;
            }
            None => match pending.peek() { Some(next) => clock = next.arrival, None => break },
        }
    }
    order
}

fn main() {
    let mut seed = 17u32;
    let mut rand = move |m: u32| { seed = seed.wrapping_mul(1103515245).wrapping_add(12345); (seed >> 16) % m };
    let mut t = 0;
    let customers: Vec<Customer> = (1..=12).map(|id| { t += rand(4); Customer { arrival: t, service: 1 + rand(6), id } }).collect();
    println!("{:?}", customers.iter().map(|c| (c.arrival, c.service)).collect::<Vec<_>>());
    let strategies: Vec<(&str, Box<dyn Fn() -> Box<dyn Queue>>)> = vec![
        ("fifo", Box::new(|| Box::new(Fifo(VecDeque::new())))),
        ("sjf", Box::new(|| Box::new(ShortestFirst(BinaryHeap::new())))),
    ];
    for (name, make) in &strategies {
        let stats = Rc::new(RefCell::new(Stats::default()));
        let order = simulate(&customers, make(), Rc::clone(&stats));
        let s = stats.borrow();
        println!("{:>4}: order {:?}", name, order.iter().map(|o| o.0).collect::<Vec<_>>());
        println!("      served {} avg wait {:.2} max wait {} max queue {} (rc {})", s.served, s.total_wait as f64 / s.served as f64, s.max_wait, s.max_queue, Rc::strong_count(&stats));
    }
}
