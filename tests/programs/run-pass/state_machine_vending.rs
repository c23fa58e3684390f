use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum State {
    Idle,
    Collecting { cents: u32 },
    Dispensing { item: String, change: u32 },
    OutOfOrder(String),
}

#[derive(Debug, Clone)]
enum Event {
    Coin(u32),
    Select(char),
    Cancel,
    Kick,
    Service,
}

#[derive(Debug)]
struct Slot {
    code: char,
    name: &'static str,
    price: u32,
    stock: u8,
}

struct Machine {
    state: State,
    slots: Vec<Slot>,
    bank: u32,
    log: Vec<String>,
    kicks: u8,
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            State::Idle => write!(f, "Idle"),
            State::Collecting { cents } => write!(f, "Collecting({}c)", cents),
            State::Dispensing { item, change } => write!(f, "Dispensing({}, change {}c)", item, change),
            State::OutOfOrder(why) => write!(f, "OutOfOrder: {}", why),
        }
    }
}

impl Machine {
    fn step(&mut self, event: Event) {
        let old = self.state.clone();
        let next = match (&self.state, event) {
            (State::OutOfOrder(_), Event::Service) => {
                self.kicks = 0;
                State::Idle
            }
            (State::OutOfOrder(why), _) => State::OutOfOrder(why.clone()),
            (_, Event::Kick) if self.kicks >= 2 => State::OutOfOrder("kicked too often".into()),
            (s, Event::Kick) => {
                self.kicks += 1;
                s.clone()
            }
            (State::Idle, Event::Coin(c)) | (State::Dispensing { .. }, Event::Coin(c)) if [5, 10, 25, 100].contains(&c) => {
                State::Collecting { cents: c }
            }
            (State::Collecting { cents }, Event::Coin(c)) if matches!(c, 5 | 10 | 25 | 100) => {
                State::Collecting { cents: cents + c }
            }
            (s, Event::Coin(c)) => {
                self.log.push(format!("rejected coin {}", c));
                s.clone()
            }
            (State::Collecting { cents }, Event::Select(code)) => {
                let cents = *cents;
                match self.slots.iter_mut().find(|s| s.code == code) {
                    None => {
                        self.log.push(format!("no slot {}", code));
                        State::Collecting { cents }
                    }
                    Some(slot) if slot.stock == 0 => {
                        self.log.push(format!("{} sold out", slot.name));
                        State::Collecting { cents }
                    }
                    Some(slot) if slot.price > cents => {
                        self.log.push(format!("{} costs {}, have {}", slot.name, slot.price, cents));
                        State::Collecting { cents }
                    }
                    Some(slot) => {
                        slot.stock -= 1;
                        self.bank += slot.price;
                        State::Dispensing { item: slot.name.to_string(), change: cents - slot.price }
                    }
                }
            }
            (State::Collecting { cents }, Event::Cancel) => {
                self.log.push(format!("refund {}", cents));
                State::Idle
            }
            (State::Dispensing { .. }, _) => State::Idle,
            (s, e) => {
                self.log.push(format!("ignored {:?} in {}", e, s));
                s.clone()
            }
        };
        if next != old {
            println!("{:<28} -> {}", old.to_string(), next);
        }
        self.state = next;
    }
}

fn main() {
    let mut m = Machine {
        state: State::Idle,
        slots: vec![
            Slot { code: 'A', name: "Cola", price: 125, stock: 2 },
            Slot { code: 'B', name: "Chips", price: 90, stock: 1 },
            Slot { code: 'C', name: "Gum", price: 35, stock: 0 },
        ],
        bank: 0,
        log: Vec::new(),
        kicks: 0,
    };
    use Event::*;
    let events = vec![
        Select('A'), Coin(100), Coin(3), Select('A'), Coin(25), Select('Z'), Select('A'), Coin(5),
        Coin(100), Select('C'), Select('B'), Coin(10), Cancel, Kick, Kick, Kick, Coin(25), Service,
        Coin(25), Coin(100), Coin(25), Select('A'), Cancel, Coin(100), Select('B'), Cancel,
    ];
    for e in events {
        m.step(e);
    }
    println!("final: {} bank={}c", m.state, m.bank);
    for (i, line) in m.log.iter().enumerate() {
        println!("log[{:02}] {}", i, line);
    }
    let stock: Vec<String> = m.slots.iter().map(|s| format!("{}:{}", s.code, s.stock)).collect();
    println!("stock {}", stock.join(" "));
}
