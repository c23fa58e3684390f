// Impl blocks defining methods their trait does not declare.

trait Greet {
    fn hello(&self) -> String;
}

struct English;

impl Greet for English {
    fn hello(&self) -> String {
        String::from("hello")
    }
    fn goodbye(&self) -> String { //~ ERROR E0407
        String::from("bye")
    }
}

struct Tally(u32);

impl Clone for Tally {
    fn clone(&self) -> Tally {
        Tally(self.0)
    }
    fn copy_from(&mut self, other: &Tally) { //~ ERROR E0407
        self.0 = other.0;
    }
}

fn main() {
    println!("{}", English.hello());
    println!("{}", Tally(3).clone().0);
}
