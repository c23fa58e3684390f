// An impl that leaves out a required trait method.

trait Animal {
    fn name(&self) -> String;
    fn sound(&self) -> String;
    fn legs(&self) -> u32 {
        4
    }
}

struct Dog;

impl Animal for Dog { //~ ERROR E0046
    fn name(&self) -> String {
        String::from("dog")
    }
}

struct Bird;

impl Animal for Bird { //~ ERROR E0046
    fn legs(&self) -> u32 {
        2
    }
}

fn main() {
    println!("{}", Dog.name());
    println!("{}", Bird.legs());
}
