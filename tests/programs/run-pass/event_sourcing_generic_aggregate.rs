// Generic event sourcing: commands -> events -> state, with traits having
// associated types, generic functions over them, and replay from a log.
use std::collections::HashMap;
use std::fmt::Debug;

trait Aggregate: Default + Debug {
    type Command;
    type Event: Clone + Debug;
    type Error: Debug;
    fn handle(&self, cmd: Self::Command) -> Result<Vec<Self::Event>, Self::Error>;
    fn apply(&mut self, e: &Self::Event);
}

#[derive(Default, Debug)]
struct Cart { items: HashMap<String, u32>, checked_out: bool }

#[derive(Debug)]
enum CartCmd { Add(String, u32), Remove(String), Checkout }
#[derive(Debug, Clone, PartialEq)]
enum CartEvent { Added { sku: String, qty: u32 }, Removed(String), CheckedOut { total_items: u32 } }
#[derive(Debug, PartialEq)]
enum CartError { Closed, Missing(String), Empty, ZeroQty }

impl Aggregate for Cart {
    type Command = CartCmd;
    type Event = CartEvent;
    type Error = CartError;
    fn handle(&self, cmd: CartCmd) -> Result<Vec<CartEvent>, CartError> {
        if self.checked_out { return Err(CartError::Closed); }
        match cmd {
            CartCmd::Add(_, 0) => Err(CartError::ZeroQty),
            CartCmd::Add(sku, qty) => Ok(vec![CartEvent::Added { sku, qty }]),
            CartCmd::Remove(sku) if self.items.contains_key(&sku) => Ok(vec![CartEvent::Removed(sku)]),
            CartCmd::Remove(sku) => Err(CartError::Missing(sku)),
            CartCmd::Checkout if self.items.is_empty() => Err(CartError::Empty),
            CartCmd::Checkout => Ok(vec![CartEvent::CheckedOut { total_items: self.items.values().sum() }]),
        }
    }
    fn apply(&mut self, e: &CartEvent) {
        match e {
            CartEvent::Added { sku, qty } => *self.items.entry(sku.clone()).or_insert(0) += qty,
            CartEvent::Removed(sku) => { self.items.remove(sku); }
            CartEvent::CheckedOut { .. } => self.checked_out = true,
        }
    }
}

struct Store<A: Aggregate> { log: Vec<A::Event>, state: A }

impl<A: Aggregate> Store<A> {
    fn new() -> Self { Store { log: Vec::new(), state: A::default() } }
    fn execute(&mut self, cmd: A::Command) -> Result<usize, A::Error> {
        let events = self.state.handle(cmd)?;
        for e in &events { self.state.apply(e); }
        let n = events.len();
        self.log.extend(events);
        Ok(n)
    }
    fn replay(log: &[A::Event]) -> A {
        log.iter().fold(A::default(), |mut s, e| { s.apply(e); s })
    }
}

fn main() {
    let mut store: Store<Cart> = Store::new();
    let cmds = vec![
        CartCmd::Add("apple".into(), 3), CartCmd::Add("pear".into(), 0), CartCmd::Remove("kiwi".into()),
        CartCmd::Add("kiwi".into(), 2), CartCmd::Add("apple".into(), 1), CartCmd::Remove("kiwi".into()),
        CartCmd::Checkout, CartCmd::Add("late".into(), 1),
    ];
    for c in cmds {
        let desc = format!("{:?}", c);
        match store.execute(c) { Ok(n) => println!("{:<28} ok ({} event)", desc, n), Err(e) => println!("{:<28} rejected: {:?}", desc, e) }
    }
    println!("log: {:?}", store.log);
    let replayed: Cart = Store::<Cart>::replay(&store.log);
    let mut items: Vec<_> = replayed.items.iter().collect();
    items.sort();
    println!("replayed {:?} checked_out={} same={}", items, replayed.checked_out, replayed.items == store.state.items);
    let partial = Store::<Cart>::replay(&store.log[..2]);
    println!("after 2 events: {:?}", partial.items.get("kiwi"));
}
