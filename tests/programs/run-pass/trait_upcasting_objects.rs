use std::fmt::Debug;
trait Named { fn name(&self) -> String; }
trait Animal: Named + Debug { fn sound(&self) -> &'static str; fn speak(&self) -> String { format!("{} says {}", self.name(), self.sound()) } }
trait Pet: Animal { fn owner(&self) -> &str; }
#[derive(Debug)] struct Dog { owner: String }
#[derive(Debug)] struct Cat;
impl Named for Dog { fn name(&self) -> String { "dog".into() } }
impl Named for Cat { fn name(&self) -> String { "cat".into() } }
impl Animal for Dog { fn sound(&self) -> &'static str { "woof" } }
impl Animal for Cat { fn sound(&self) -> &'static str { "meow" } }
impl Pet for Dog { fn owner(&self) -> &str { &self.owner } }
fn names(xs: &[&dyn Named]) -> Vec<String> { xs.iter().map(|x| x.name()).collect() }
fn main() {
    let d = Dog { owner: "ann".into() };
    let pet: &dyn Pet = &d;
    let animal: &dyn Animal = pet;
    let named: &dyn Named = animal;
    let dbg: &dyn Debug = pet;
    println!("{} / {} / {} / {:?} / {}", pet.owner(), animal.speak(), named.name(), dbg, pet.speak());
    let zoo: Vec<Box<dyn Animal>> = vec![Box::new(Cat), Box::new(Dog { owner: "bo".into() })];
    let as_named: Vec<&dyn Named> = zoo.iter().map(|a| a.as_ref() as &dyn Named).collect();
    println!("{:?}", names(&as_named));
    let boxed: Box<dyn Pet> = Box::new(Dog { owner: "cy".into() });
    let up: Box<dyn Animal> = boxed;
    println!("{} {:?}", up.speak(), up);
    let rc: std::rc::Rc<dyn Animal> = std::rc::Rc::new(Cat);
    let rn: std::rc::Rc<dyn Named> = rc.clone();
    println!("{} {}", rn.name(), std::rc::Rc::strong_count(&rc));
}
