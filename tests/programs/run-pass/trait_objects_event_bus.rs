use std::collections::HashMap;
use std::fmt::Debug;
use std::rc::Rc;
use std::cell::RefCell;

trait Animal {
    fn name(&self) -> String;
    fn speak(&self) -> String;
    fn describe(&self) -> String {
        format!("{} says {}", self.name(), self.speak())
    }
}

#[derive(Debug)]
struct Dog { name: String }
#[derive(Debug)]
struct Cat;

impl Animal for Dog {
    fn name(&self) -> String { self.name.clone() }
    fn speak(&self) -> String { "woof".into() }
}
impl Animal for Cat {
    fn name(&self) -> String { "cat".into() }
    fn speak(&self) -> String { "meow".into() }
    fn describe(&self) -> String { "a cat".to_string() }
}

trait Observer {
    fn notify(&mut self, event: &str);
    fn count(&self) -> usize;
}
struct Logger { seen: Vec<String> }
impl Observer for Logger {
    fn notify(&mut self, event: &str) { self.seen.push(event.to_uppercase()); }
    fn count(&self) -> usize { self.seen.len() }
}

struct EventBus {
    handlers: HashMap<String, Vec<Box<dyn Fn(&str) -> String>>>,
}
impl EventBus {
    fn new() -> Self { EventBus { handlers: HashMap::new() } }
    fn on(&mut self, name: &str, f: Box<dyn Fn(&str) -> String>) {
        self.handlers.entry(name.to_string()).or_insert_with(Vec::new).push(f);
    }
    fn emit(&self, name: &str, payload: &str) -> Vec<String> {
        match self.handlers.get(&name.to_string()) {
            Some(hs) => hs.iter().map(|h| h(payload)).collect(),
            None => vec![],
        }
    }
}

fn make_adder(n: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| x + n)
}

fn apply_all(fs: &[Box<dyn Fn(i32) -> i32>], x: i32) -> Vec<i32> {
    fs.iter().map(|f| f(x)).collect()
}

fn show(items: &[&dyn Debug]) {
    for i in items {
        println!("{:?}", i);
    }
}

fn main() {
    let zoo: Vec<Box<dyn Animal>> = vec![Box::new(Dog { name: "rex".to_string() }), Box::new(Cat)];
    for a in zoo.iter() {
        println!("{}", a.describe());
    }
    let mut obs: Box<dyn Observer> = Box::new(Logger { seen: Vec::new() });
    obs.notify("start");
    obs.notify("stop");
    println!("count {}", obs.count());
    let mut bus = EventBus::new();
    let prefix = String::from(">>");
    bus.on("msg", Box::new(move |p| format!("{} {}", prefix, p)));
    bus.on("msg", Box::new(|p| p.len().to_string()));
    println!("{:?}", bus.emit("msg", "hello"));
    println!("{:?}", bus.emit("none", "x"));
    let fs = vec![make_adder(1), make_adder(10), Box::new(|x| x * x) as Box<dyn Fn(i32) -> i32>];
    println!("{:?}", apply_all(&fs, 5));
    show(&[&1, &"two", &Cat, &vec![1, 2]]);
    let shared: Rc<RefCell<Vec<Box<dyn Animal>>>> = Rc::new(RefCell::new(Vec::new()));
    shared.borrow_mut().push(Box::new(Cat));
    println!("{}", shared.borrow().len());
    let mut o: Option<Box<dyn Animal>> = None;
    if o.is_none() { o = Some(Box::new(Dog { name: "fido".into() })); }
    if let Some(a) = &o { println!("{}", a.name()); }
    let r: &mut dyn Observer = &mut Logger { seen: vec![] };
    r.notify("x");
    println!("{}", r.count());
}
