// Borrows through slices, `Option<&T>` (which is `Copy`), tuples and
// structs holding several references: the checker must keep the loans of
// different fields apart and treat `Option<&T>` as copied, not moved.

struct Board {
    cells: [u8; 9],
    turn: u8,
    winner: Option<u8>,
}

impl Board {
    fn row(&self, r: usize) -> &[u8] {
        &self.cells[r * 3..r * 3 + 3]
    }
    fn row_mut(&mut self, r: usize) -> &mut [u8] {
        &mut self.cells[r * 3..r * 3 + 3]
    }
    fn winner_mut(&mut self) -> &mut Option<u8> {
        &mut self.winner
    }
    fn first_free(&self) -> Option<&u8> {
        for i in 0..9 {
            if self.cells[i] == 0 {
                return Some(&self.cells[i]);
            }
        }
        None
    }
}

struct Two<'a, 'b> {
    shared: &'a i32,
    unique: &'b mut i32,
}

fn sum(s: &[u8]) -> u32 {
    let mut t = 0;
    for i in 0..s.len() {
        t += s[i] as u32;
    }
    t
}

fn main() {
    let mut b = Board { cells: [0; 9], turn: 1, winner: None };
    {
        let r = b.row_mut(1);
        r[0] = 1;
        r[2] = 2;
    }
    let total = sum(b.row(1)) + sum(&b.cells[..3]);
    b.turn += 1;
    let first = b.first_free();
    let f = match first {
        Some(v) => *v,
        None => 9,
    };
    b.cells[0] = f + 1;
    if let Some(w) = b.winner_mut() {
        *w += 1;
    } else {
        *b.winner_mut() = Some(3);
    }
    match b.winner {
        Some(ref mut w) => *w += 1,
        None => {}
    }
    let won = match b.winner {
        Some(w) => w,
        None => 0,
    };
    println!("{} {} {} {:?} {}", total, b.turn, f, b.cells, won);
    b.winner = None;

    // Disjoint sub-slices, one after the other.
    let mut arr = [5u8, 4, 3, 2, 1];
    let tail = &mut arr[2..];
    tail[0] = 9;
    let head = &arr[..2];
    let h = head[0];
    arr[1] = h;

    // `Option<&u8>` is `Copy`: using it twice is fine.
    let opt: Option<&u8> = Some(&arr[0]);
    let v = opt.unwrap();
    let e = opt.expect("present");
    println!("{} {} {:?}", v, e, arr);
    let o2 = Some(&mut arr[3]);
    let m = o2.unwrap();
    *m = 7;
    arr[4] = 0;
    println!("{:?}", arr);

    // The parts of a tuple or struct of references have their own loans.
    let x = 1;
    let mut y = 2;
    let (a, c) = (&x, &mut y);
    *c += 1;
    y += 1;
    println!("{} {}", a, y);
    let mut z = 3;
    let t = Two { shared: &x, unique: &mut z };
    let ts = t.shared;
    *t.unique += 1;
    z += 1;
    println!("{} {}", ts, z);
    let mut w = 4;
    let pair = (&x, &mut w);
    let p0 = pair.0;
    w += 1;
    println!("{} {}", p0, w);
}
