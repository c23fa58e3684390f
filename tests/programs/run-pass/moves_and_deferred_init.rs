// Valid moves and initialisation that the move checker must accept:
// moves on some paths followed by re-assignment, moves in loops of values
// declared inside the loop or re-initialised before the next iteration,
// partial moves whose remaining fields are still used, moves in `match`
// arms, and variables initialised on every path before use.

struct Token {
    kind: u8,
    text: [u8; 2],
}

struct Pair {
    left: Token,
    right: Token,
    weight: u32,
}

enum Event {
    Key(Token),
    Both(Token, Token),
    Tick(u32),
}

fn make(k: u8) -> Token {
    Token { kind: k, text: [k, k + 1] }
}

fn consume(t: Token) -> u32 {
    t.kind as u32 + t.text[1] as u32
}

fn score(e: Event) -> u32 {
    match e {
        Event::Key(t) if t.kind > 5 => consume(t) * 2,
        Event::Key(t) => consume(t),
        Event::Both(a, b) => consume(a) + consume(b),
        Event::Tick(n) => n,
    }
}

fn main() {
    // Moved each iteration, re-initialised before the next one.
    let mut t = make(1);
    let mut total = 0;
    for i in 0..4 {
        total += consume(t);
        t = make(i + 2);
    }
    println!("{} {}", total, t.kind);

    // Declared inside the loop: a fresh value every time.
    for i in 0..3 {
        let local = make(i);
        total += consume(local);
    }

    // Moved on one path only, then re-assigned on that path.
    let mut u = make(3);
    if total > 10 {
        total += consume(u);
        u = make(9);
    }
    println!("{} {}", total, u.kind);

    // Partial moves: the other fields stay usable.
    let pair = Pair { left: make(4), right: make(5), weight: 7 };
    let left = pair.left;
    let w = pair.weight;
    let right_kind = pair.right.kind;
    println!("{} {} {}", consume(left), w, right_kind);
    let rest = pair.right;
    println!("{}", consume(rest));

    // Moves out of enum variants in `match` arms.
    let events = [Event::Key(make(7)), Event::Key(make(2)), Event::Both(make(1), make(2)), Event::Tick(40)];
    let mut sum = 0;
    let [a, b, c, d] = events;
    sum += score(a) + score(b) + score(c) + score(d);
    println!("{}", sum);
    let e = Event::Both(make(3), make(4));
    let first = match e {
        Event::Both(x, _) => consume(x),
        _ => 0,
    };
    println!("{}", first);

    // Initialised on every path before the read.
    let label: u32;
    if sum % 2 == 0 {
        label = 1;
    } else if sum % 3 == 0 {
        label = 2;
    } else {
        label = 3;
    }
    let found;
    let mut i = 0;
    loop {
        if i * i > sum {
            found = i;
            break;
        }
        i += 1;
    }
    let tok: Token;
    match found % 3 {
        0 => tok = make(10),
        1 => tok = make(11),
        _ => tok = make(12),
    }
    println!("{} {} {}", label, found, consume(tok));

    // A value moved into a function and a fresh one bound to the same name.
    let v = make(20);
    let n = consume(v);
    let v = make(n as u8);
    println!("{}", v.kind);
}
