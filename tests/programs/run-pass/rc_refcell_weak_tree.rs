// Rc, Weak, Cell and RefCell: shared mutation, counts, parent links, borrow panics.
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Node {
    name: String,
    children: RefCell<Vec<Rc<Node>>>,
    parent: RefCell<Weak<Node>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop node {}", self.name);
    }
}

fn main() {
    let shared = Rc::new(RefCell::new(vec![1, 2, 3]));
    let a = Rc::clone(&shared);
    let b = shared.clone();
    a.borrow_mut().push(4);
    b.borrow_mut().push(5);
    println!("{:?} strong={}", shared.borrow(), Rc::strong_count(&shared));
    drop(a);
    println!("strong={} ptr_eq={}", Rc::strong_count(&shared), Rc::ptr_eq(&shared, &b));

    let counter = Cell::new(0);
    for _ in 0..5 { counter.set(counter.get() + 2); }
    println!("cell {}", counter.get());

    let leaf = Rc::new(Node { name: "leaf".to_string(), children: RefCell::new(vec![]), parent: RefCell::new(Weak::new()) });
    println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.name.clone()));
    {
        let branch = Rc::new(Node { name: "branch".to_string(), children: RefCell::new(vec![Rc::clone(&leaf)]), parent: RefCell::new(Weak::new()) });
        *leaf.parent.borrow_mut() = Rc::downgrade(&branch);
        println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.name.clone()));
        println!("branch strong={} weak={}", Rc::strong_count(&branch), Rc::weak_count(&branch));
        println!("children {}", branch.children.borrow().len());
    }
    println!("leaf parent after = {:?}", leaf.parent.borrow().upgrade().map(|p| p.name.clone()));
    println!("leaf strong={}", Rc::strong_count(&leaf));
    drop(leaf);

    let cell = RefCell::new(10);
    {
        let r1 = cell.borrow();
        let r2 = cell.borrow();
        println!("two readers {} {}", *r1, *r2);
        println!("try_borrow_mut err: {}", cell.try_borrow_mut().is_err());
    }
    *cell.borrow_mut() += 1;
    println!("after {}", cell.borrow());
    let m = cell.borrow_mut();
    let r = cell.borrow();
    println!("unreachable {} {}", *m, *r);
}
