use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Employee {
    name: String,
    salary: u32,
    manager: RefCell<Weak<Employee>>,
    reports: RefCell<Vec<Rc<Employee>>>,
}

impl Employee {
    fn new(name: &str, salary: u32) -> Rc<Employee> {
        Rc::new(Employee {
            name: name.to_string(),
            salary,
            manager: RefCell::new(Weak::new()),
            reports: RefCell::new(vec![]),
        })
    }
}

fn add_report(manager: &Rc<Employee>, report: &Rc<Employee>) {
    manager.reports.borrow_mut().push(Rc::clone(report));
    *report.manager.borrow_mut() = Rc::downgrade(manager);
}

fn team_cost(e: &Rc<Employee>) -> u32 {
    e.salary + e.reports.borrow().iter().map(team_cost).sum::<u32>()
}

fn chain_of_command(e: &Rc<Employee>) -> Vec<String> {
    let mut out = vec![e.name.clone()];
    let mut cur = e.manager.borrow().upgrade();
    while let Some(m) = cur {
        out.push(m.name.clone());
        cur = m.manager.borrow().upgrade();
    }
    out
}

fn print_tree(e: &Rc<Employee>, depth: usize) {
    println!("{}{} ({})", "  ".repeat(depth), e.name, e.salary);
    for r in e.reports.borrow().iter() {
        print_tree(r, depth + 1);
    }
}

#[derive(Default)]
struct Counter {
    hits: HashMap<String, u32>,
}

struct Logger {
    prefix: String,
    counter: Rc<RefCell<Counter>>,
    lines: Rc<RefCell<Vec<String>>>,
}

impl Logger {
    fn log(&self, msg: &str) {
        *self.counter.borrow_mut().hits.entry(self.prefix.clone()).or_insert(0) += 1;
        self.lines.borrow_mut().push(format!("[{}] {}", self.prefix, msg));
    }
}

fn main() {
    let ceo = Employee::new("Grace", 300);
    let cto = Employee::new("Linus", 200);
    let cfo = Employee::new("Ada", 190);
    let dev1 = Employee::new("Ken", 120);
    let dev2 = Employee::new("Barbara", 125);
    let acct = Employee::new("Luca", 90);
    add_report(&ceo, &cto);
    add_report(&ceo, &cfo);
    add_report(&cto, &dev1);
    add_report(&cto, &dev2);
    add_report(&cfo, &acct);

    print_tree(&ceo, 0);
    println!("team cost of {}: {}", cto.name, team_cost(&cto));
    println!("team cost of {}: {}", ceo.name, team_cost(&ceo));
    println!("chain: {}", chain_of_command(&dev2).join(" -> "));
    println!("strong(cto)={} weak(cto)={}", Rc::strong_count(&cto), Rc::weak_count(&cto));

    {
        let removed = cto.reports.borrow_mut().remove(0);
        println!("removed {} (strong={})", removed.name, Rc::strong_count(&removed));
    }
    println!("strong(dev1)={}", Rc::strong_count(&dev1));
    println!("team cost of {} now: {}", cto.name, team_cost(&cto));

    let orphan_manager = {
        let temp = Employee::new("Temp", 1);
        let intern = Employee::new("Intern", 10);
        add_report(&temp, &intern);
        let m = intern.manager.borrow().clone();
        println!("intern's manager alive: {}", m.upgrade().is_some());
        m
    };
    println!("after scope, manager alive: {}", orphan_manager.upgrade().is_some());

    let counter = Rc::new(RefCell::new(Counter::default()));
    let lines = Rc::new(RefCell::new(Vec::new()));
    let loggers: Vec<Logger> = ["net", "db", "ui"]
        .iter()
        .map(|p| Logger { prefix: p.to_string(), counter: Rc::clone(&counter), lines: lines.clone() })
        .collect();
    for i in 0..7 {
        let l = &loggers[i * i % 3];
        l.log(&format!("event {}", i));
    }
    for line in lines.borrow().iter() {
        println!("{}", line);
    }
    let c = counter.borrow();
    let mut hits: Vec<(&String, &u32)> = c.hits.iter().collect();
    hits.sort();
    println!("{:?} rc={}", hits, Rc::strong_count(&counter));

    let shared = Rc::new(RefCell::new(vec![1, 2, 3]));
    let a = Rc::clone(&shared);
    a.borrow_mut().push(4);
    let attempt = shared.try_borrow_mut();
    println!("try_borrow_mut ok: {}", attempt.is_ok());
    drop(attempt);
    let r1 = shared.borrow();
    println!("second mutable borrow while reading fails: {}", a.try_borrow_mut().is_err());
    println!("{:?} sum={}", *r1, r1.iter().sum::<i32>());
}
