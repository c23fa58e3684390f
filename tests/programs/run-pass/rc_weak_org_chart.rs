use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Employee {
    name: String,
    title: String,
    boss: RefCell<Weak<Employee>>,
    reports: RefCell<Vec<Rc<Employee>>>,
}

impl Employee {
    fn new(name: &str, title: &str) -> Rc<Employee> {
        Rc::new(Employee {
            name: name.to_string(),
            title: title.to_string(),
            boss: RefCell::new(Weak::new()),
            reports: RefCell::new(vec![]),
        })
    }
}

fn hire(boss: &Rc<Employee>, e: Rc<Employee>) {
    *e.boss.borrow_mut() = Rc::downgrade(boss);
    boss.reports.borrow_mut().push(e);
}

fn chain_of_command(e: &Rc<Employee>) -> Vec<String> {
    let mut out = vec![e.name.clone()];
    let mut cur = e.boss.borrow().upgrade();
    while let Some(b) = cur {
        out.push(b.name.clone());
        cur = b.boss.borrow().upgrade();
    }
    out
}

fn headcount(e: &Employee) -> usize {
    1 + e.reports.borrow().iter().map(|r| headcount(r)).sum::<usize>()
}

fn print_tree(e: &Employee, depth: usize) {
    println!("{}{} ({})", "  ".repeat(depth), e.name, e.title);
    let reports = e.reports.borrow();
    let mut sorted: Vec<&Rc<Employee>> = reports.iter().collect();
    sorted.sort_by(|a, b| a.name.cmp(&b.name));
    for r in sorted {
        print_tree(r, depth + 1);
    }
}

#[derive(Default)]
struct Registry {
    by_name: HashMap<String, Rc<Employee>>,
}

impl Registry {
    fn add(&mut self, e: &Rc<Employee>) {
        self.by_name.insert(e.name.clone(), Rc::clone(e));
    }
    fn find(&self, name: &str) -> Option<&Rc<Employee>> {
        self.by_name.get(name)
    }
}

fn main() {
    let ceo = Employee::new("Ada", "CEO");
    let cto = Employee::new("Brian", "CTO");
    let cfo = Employee::new("Chloe", "CFO");
    let dev1 = Employee::new("Dan", "Engineer");
    let dev2 = Employee::new("Eve", "Engineer");
    let acct = Employee::new("Finn", "Accountant");
    let mut reg = Registry::default();
    for e in [&ceo, &cto, &cfo, &dev1, &dev2, &acct] {
        reg.add(e);
    }
    hire(&ceo, cto.clone());
    hire(&ceo, cfo.clone());
    hire(&cto, dev2.clone());
    hire(&cto, dev1.clone());
    hire(&cfo, acct.clone());
    print_tree(&ceo, 0);
    println!("headcount {} / under CTO {}", headcount(&ceo), headcount(&cto));
    println!("{:?}", chain_of_command(&dev1).join(" -> "));
    if let Some(e) = reg.find("Finn") {
        println!("Finn reports to {:?}", e.boss.borrow().upgrade().map(|b| b.name.clone()));
    }
    println!("strong(cto)={} weak(cto)={}", Rc::strong_count(&cto), Rc::weak_count(&cto));
    drop(reg);
    println!("strong(cto)={} after registry dropped", Rc::strong_count(&cto));
    let orphan = Employee::new("Gus", "Intern");
    {
        let temp_boss = Employee::new("Temp", "Manager");
        hire(&temp_boss, orphan.clone());
        println!("boss alive: {}", orphan.boss.borrow().upgrade().is_some());
    }
    println!("boss alive after scope: {}", orphan.boss.borrow().upgrade().is_some());
    let counts = ceo.reports.borrow().iter().fold(HashMap::new(), |mut m: HashMap<String, usize>, r| {
        *m.entry(r.title.clone()).or_default() += r.reports.borrow().len();
        m
    });
    let mut counts: Vec<_> = counts.into_iter().collect();
    counts.sort();
    println!("{:?}", counts);
}
