// Moves of values whose types have destructors: partial moves out of
// enums and structs, moves on some paths only (the rest is dropped at the
// end of scope), re-initialisation after a move, `std::mem::replace`,
// and a guard holding a `&mut` that is dropped before the owner is used.

struct Noisy {
    id: i32,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.id);
    }
}

enum Slot {
    Pair(Noisy, Noisy),
    One(Noisy),
    Empty,
}

struct Holder {
    left: Noisy,
    right: Noisy,
}

struct Guard<'a> {
    count: &'a mut i32,
}

impl<'a> Drop for Guard<'a> {
    fn drop(&mut self) {
        *self.count += 1;
        println!("guard released");
    }
}

fn take(n: Noisy) -> i32 {
    n.id
}

fn main() {
    let slot = Slot::Pair(Noisy { id: 1 }, Noisy { id: 2 });
    if let Slot::Pair(first, _) = slot {
        println!("first {}", first.id);
    }

    let other = Slot::One(Noisy { id: 3 });
    match other {
        Slot::Pair(_, b) => println!("b {}", take(b)),
        Slot::One(n) => println!("one {}", take(n)),
        Slot::Empty => println!("empty"),
    }

    let h = Holder { left: Noisy { id: 4 }, right: Noisy { id: 5 } };
    let flag = h.left.id > 3;
    if flag {
        println!("took {}", take(h.left));
    }
    println!("right {}", h.right.id);

    let mut cur = Noisy { id: 10 };
    for step in 0..3 {
        let old = std::mem::replace(&mut cur, Noisy { id: 20 + step });
        println!("replaced {}", take(old));
    }
    let last = cur;
    cur = Noisy { id: 99 };
    println!("last {} cur {}", last.id, cur.id);

    let mut counter = 0;
    {
        let g = Guard { count: &mut counter };
        *g.count += 10;
    }
    counter += 1;
    println!("counter {}", counter);
    let empty = Slot::Empty;
    if let Slot::Empty = empty {
        println!("end");
    }
}
