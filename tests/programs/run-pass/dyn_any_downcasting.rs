// dyn Any: downcasting boxed values by type (downcast_ref, downcast_mut, Box::downcast), TypeId comparisons and TypeId as a map key.
use std::any::{Any, TypeId};
use std::collections::HashMap;
#[derive(Debug)]
struct Player { name: String }
fn describe(v: &dyn Any) -> String {
    if let Some(i) = v.downcast_ref::<i32>() { format!("i32 {i}") }
    else if let Some(s) = v.downcast_ref::<String>() { format!("String {s}") }
    else if let Some(p) = v.downcast_ref::<Player>() { format!("player {}", p.name) }
    else { "unknown".to_string() }
}
fn main() {
    let items: Vec<Box<dyn Any>> = vec![Box::new(5i32), Box::new(String::from("hi")), Box::new(Player { name: "ann".into() }), Box::new(1.5f64)];
    for it in &items { println!("{}", describe(it.as_ref())); }
    let mut b: Box<dyn Any> = Box::new(41u8);
    if let Some(x) = b.downcast_mut::<u8>() { *x += 1; }
    println!("{:?}", b.downcast_ref::<u8>());
    match b.downcast::<String>() { Ok(s) => println!("string {s}"), Err(b) => println!("not a string: is u8 {}", b.is::<u8>()) }
    println!("{}", TypeId::of::<i32>() == TypeId::of::<i32>());
    println!("{}", TypeId::of::<i32>() == TypeId::of::<u32>());
    println!("{}", 5i32.type_id() == TypeId::of::<i32>());
    let mut registry: HashMap<TypeId, &str> = HashMap::new();
    registry.insert(TypeId::of::<Player>(), "players");
    println!("{:?}", registry.get(&TypeId::of::<Player>()));
    let boxed: Box<dyn Any> = Box::new(Player { name: "bo".into() });
    let p: Box<Player> = boxed.downcast().unwrap();
    println!("{:?}", p);
}
