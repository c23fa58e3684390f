use std::any::Any;
use std::collections::HashMap;
use std::fmt::{self, Display};

trait Component: Any {
    fn update(&mut self, dt: f64);
    fn describe(&self) -> String;
    fn as_any(&self) -> &dyn Any;
    fn as_any_mut(&mut self) -> &mut dyn Any;
    fn boxed_clone(&self) -> Box<dyn Component>;
}

#[derive(Clone, Debug)]
struct Position { x: f64, y: f64, vx: f64, vy: f64 }
#[derive(Clone, Debug)]
struct Health { hp: i32, regen: i32 }

impl Component for Position {
    fn update(&mut self, dt: f64) { self.x += self.vx * dt; self.y += self.vy * dt; }
    fn describe(&self) -> String { format!("pos({:.1}, {:.1})", self.x, self.y) }
    fn as_any(&self) -> &dyn Any { self }
    fn as_any_mut(&mut self) -> &mut dyn Any { self }
    fn boxed_clone(&self) -> Box<dyn Component> { Box::new(self.clone()) }
}

impl Component for Health {
    fn update(&mut self, _dt: f64) { self.hp = (self.hp + self.regen).min(100); }
    fn describe(&self) -> String { format!("hp {}", self.hp) }
    fn as_any(&self) -> &dyn Any { self }
    fn as_any_mut(&mut self) -> &mut dyn Any { self }
    fn boxed_clone(&self) -> Box<dyn Component> { Box::new(self.clone()) }
}

struct Entity { name: String, components: Vec<Box<dyn Component>> }

impl Entity {
    fn get<T: Component>(&self) -> Option<&T> {
        self.components.iter().find_map(|c| c.as_any().downcast_ref::<T>())
    }
    fn get_mut<T: Component>(&mut self) -> Option<&mut T> {
        self.components.iter_mut().find_map(|c| c.as_any_mut().downcast_mut::<T>())
    }
}

impl Clone for Entity {
    fn clone(&self) -> Self {
        Entity { name: format!("{}'", self.name), components: self.components.iter().map(|c| c.boxed_clone()).collect() }
    }
}

impl Display for Entity {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let parts: Vec<String> = self.components.iter().map(|c| c.describe()).collect();
        write!(f, "{} [{}]", self.name, parts.join(", "))
    }
}

trait Describe { fn describe(&self) -> String; }
impl<T: Display> Describe for T { fn describe(&self) -> String { format!("<<{}>>", self) } }

fn run_systems(world: &mut [Entity], systems: &mut [Box<dyn FnMut(&mut Entity) -> Option<String>>]) -> Vec<String> {
    let mut log = Vec::new();
    for e in world.iter_mut() {
        for s in systems.iter_mut() {
            if let Some(msg) = s(e) { log.push(msg); }
        }
    }
    log
}

fn main() {
    let mut world = vec![
        Entity { name: "ship".into(), components: vec![Box::new(Position { x: 0.0, y: 0.0, vx: 1.5, vy: -0.5 }), Box::new(Health { hp: 90, regen: 4 })] },
        Entity { name: "rock".into(), components: vec![Box::new(Position { x: 10.0, y: 3.0, vx: 0.0, vy: 0.0 })] },
    ];
    let clone = world[0].clone();
    world.push(clone);
    let mut ticks = 0;
    let mut systems: Vec<Box<dyn FnMut(&mut Entity) -> Option<String>>> = vec![
        Box::new(|e| { for c in e.components.iter_mut() { c.update(0.5); } None }),
        Box::new(move |e| { ticks += 1; if ticks % 2 == 0 { Some(format!("tick {} on {}", ticks, e.name)) } else { None } }),
        Box::new(|e| e.get::<Health>().filter(|h| h.hp >= 100).map(|_| format!("{} fully healed", e.name))),
    ];
    for round in 0..3 {
        let log = run_systems(&mut world, &mut systems);
        println!("round {}: {:?}", round, log);
    }
    if let Some(h) = world[2].get_mut::<Health>() { h.hp -= 50; }
    for e in &world { println!("{}", e); }
    println!("{:?}", world[1].get::<Health>().map(|h| h.hp));
    println!("{}", 42.describe());
    println!("{}", world[0].describe());
    let mut registry: HashMap<&str, fn(f64) -> Box<dyn Component>> = HashMap::new();
    registry.insert("pos", |v| Box::new(Position { x: v, y: v, vx: 0.0, vy: 0.0 }));
    registry.insert("hp", |v| Box::new(Health { hp: v as i32, regen: 0 }));
    let mut keys: Vec<_> = registry.keys().copied().collect();
    keys.sort_unstable();
    for k in keys { println!("{} -> {}", k, registry[k](7.0).describe()); }
    let anys: Vec<Box<dyn Any>> = vec![Box::new(5i32), Box::new("str"), Box::new(Health { hp: 1, regen: 1 })];
    indexed_calls();
    for a in &anys {
        if let Some(i) = a.downcast_ref::<i32>() { println!("i32 {}", i); }
        else if let Some(s) = a.downcast_ref::<&str>() { println!("str {}", s); }
        else { println!("other is Health: {}", a.is::<Health>()); }
    }
}

#[allow(dead_code)]
fn indexed_calls() {
    fn double(x: f64) -> f64 { x * 2.0 }
    let v: Vec<fn(f64) -> f64> = vec![double];
    let fs: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(|x| x + 1)];
    let arr = [double];
    println!("{} {} {}", v[0](1.5), fs[0](1), arr[0](2.0));
}
