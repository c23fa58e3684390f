// A text adventure driven by a plugin registry: commands are trait
// objects found by name in a HashMap<String, Box<dyn Command>>, rooms form
// a graph with Rc<RefCell<Room>> exits and Weak back-links, and a generic
// inventory keeps items sorted.
use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::rc::{Rc, Weak};

struct Room {
    name: String,
    items: Vec<String>,
    exits: HashMap<String, Rc<RefCell<Room>>>,
    came_from: Option<Weak<RefCell<Room>>>,
}

impl Room {
    fn new(name: &str, items: &[&str]) -> Rc<RefCell<Room>> {
        Rc::new(RefCell::new(Room {
            name: name.to_string(),
            items: items.iter().map(|s| s.to_string()).collect(),
            exits: HashMap::new(),
            came_from: None,
        }))
    }
}

struct Game {
    here: Rc<RefCell<Room>>,
    inventory: BTreeSet<String>,
    moves: u32,
}

trait Command {
    fn run(&self, game: &mut Game, arg: Option<&str>) -> Result<String, String>;
    fn help(&self) -> &str;
}

struct Go;
struct Take;
struct Back;
struct Look;

impl Command for Go {
    fn run(&self, game: &mut Game, arg: Option<&str>) -> Result<String, String> {
        let dir = arg.ok_or("go where?")?;
        let next = game.here.borrow().exits.get(dir).cloned().ok_or_else(|| format!("no exit {dir}"))?;
        next.borrow_mut().came_from = Some(Rc::downgrade(&game.here));
        game.here = next;
        game.moves += 1;
        Ok(format!("you enter the {}", game.here.borrow().name))
    }
    fn help(&self) -> &str {
        "go <direction>"
    }
}

impl Command for Take {
    fn run(&self, game: &mut Game, arg: Option<&str>) -> Result<String, String> {
        let what = arg.ok_or("take what?")?;
        let mut room = game.here.borrow_mut();
        let pos = room.items.iter().position(|i| i == what).ok_or_else(|| format!("no {what} here"))?;
        let item = room.items.remove(pos);
        game.inventory.insert(item.clone());
        Ok(format!("taken: {item}"))
    }
    fn help(&self) -> &str {
        "take <item>"
    }
}

impl Command for Back {
    fn run(&self, game: &mut Game, _arg: Option<&str>) -> Result<String, String> {
        let prev = game.here.borrow().came_from.as_ref().and_then(Weak::upgrade).ok_or("nowhere to go back to")?;
        game.here = prev;
        game.moves += 1;
        Ok(format!("back in the {}", game.here.borrow().name))
    }
    fn help(&self) -> &str {
        "back"
    }
}

impl Command for Look {
    fn run(&self, game: &mut Game, _arg: Option<&str>) -> Result<String, String> {
        let room = game.here.borrow();
        let mut exits: Vec<&String> = room.exits.keys().collect();
        exits.sort();
        Ok(format!("{}: items {:?}, exits {:?}", room.name, room.items, exits))
    }
    fn help(&self) -> &str {
        "look"
    }
}

fn main() {
    let hall = Room::new("hall", &["lamp"]);
    let library = Room::new("library", &["book", "map"]);
    let vault = Room::new("vault", &["gold"]);
    hall.borrow_mut().exits.insert("north".into(), Rc::clone(&library));
    library.borrow_mut().exits.insert("down".into(), Rc::clone(&vault));

    let mut commands: HashMap<String, Box<dyn Command>> = HashMap::new();
    commands.insert("go".into(), Box::new(Go));
    commands.insert("take".into(), Box::new(Take));
    commands.insert("back".into(), Box::new(Back));
    commands.insert("look".into(), Box::new(Look));

    let mut game = Game { here: Rc::clone(&hall), inventory: BTreeSet::new(), moves: 0 };
    let script = "look|take lamp|go north|take map|take sword|go down|take gold|back|back|go west|dance|look";
    for line in script.split('|') {
        let mut words = line.split_whitespace();
        let verb = words.next().unwrap_or("");
        let arg = words.next();
        let reply = match commands.get(verb) {
            Some(cmd) => cmd.run(&mut game, arg).unwrap_or_else(|e| format!("error: {e}")),
            None => {
                let mut known: Vec<&str> = commands.values().map(|c| c.help()).collect();
                known.sort();
                format!("unknown `{verb}`; try {}", known.join(", "))
            }
        };
        println!("> {line:<12} {reply}");
    }
    println!("inventory {:?} after {} moves", game.inventory, game.moves);
    println!("vault strong {} weak {}", Rc::strong_count(&vault), Rc::weak_count(&vault));
}
