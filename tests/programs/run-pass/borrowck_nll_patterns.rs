// Valid programs that a lexical borrow checker would reject but
// non-lexical lifetimes accept: borrows end at their last use, operands
// are read before later borrows in the same expression, two-phase
// borrows of method receivers, and reborrows through `&mut` parameters.

struct Buf {
    data: [i32; 6],
    len: usize,
}

impl Buf {
    fn get(&self, i: usize) -> &i32 {
        &self.data[i]
    }
    fn get_mut(&mut self, i: usize) -> &mut i32 {
        &mut self.data[i]
    }
    fn len(&self) -> usize {
        self.len
    }
    fn push(&mut self, v: i32) {
        self.data[self.len] = v;
        self.len += 1;
    }
    fn last_mut(&mut self) -> Option<&mut i32> {
        if self.len == 0 {
            None
        } else {
            Some(&mut self.data[self.len - 1])
        }
    }
}

struct Cursor<'a> {
    buf: &'a mut Buf,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn advance(&mut self) -> Option<&mut i32> {
        if self.pos < self.buf.len() {
            self.pos += 1;
            Some(self.buf.get_mut(self.pos - 1))
        } else {
            None
        }
    }
}

fn sum3(a: i32, b: i32, c: i32) -> i32 {
    a + b + c
}

fn bump(x: &mut i32) -> &mut i32 {
    *x += 1;
    x
}

fn fill(buf: &mut Buf, upto: usize) {
    while buf.len() < upto {
        let n = buf.len() as i32;
        buf.push(n * n);
    }
}

fn double_all(buf: &mut Buf) {
    for i in 0..buf.len() {
        let slot = buf.get_mut(i);
        *slot *= 2;
    }
}

fn main() {
    let mut b = Buf { data: [0; 6], len: 0 };
    fill(&mut b, 4);
    // The right-hand side is read before the left-hand side borrows `b`.
    *b.get_mut(0) += *b.get(3);
    let r = b.get(2);
    *b.get_mut(1) += *r;
    // Arguments are read in order; `*s` is copied before `push` runs.
    let s = b.get(1);
    let total = sum3(*s, b.len() as i32, *b.get(0));
    b.push(total);
    println!("{} {} {}", b.data[0], b.data[1], total);

    // Two-phase borrows: `b.len()` runs while `&mut b` is only reserved.
    b.push(b.len() as i32);
    double_all(&mut b);
    if let Some(last) = b.last_mut() {
        *last += 100;
    }
    println!("{:?}", b.data);

    // Reborrows through a `&mut` chain; each ends at its last use.
    let mut x = 1;
    let y = bump(bump(&mut x));
    *y += 10;
    let z = &mut x;
    *z += 1;
    println!("{}", x);

    // A struct holding `&mut` lends it out repeatedly.
    let mut c = Cursor { buf: &mut b, pos: 3 };
    while let Some(v) = c.advance() {
        *v -= 1;
    }
    let seen = c.pos;
    println!("{} {:?}", seen, b.data);

    // Borrow ends before the owner is used again, in a loop.
    let mut best = 0;
    for i in 0..b.len() {
        let cur = b.get(i);
        if *cur > best {
            best = *cur;
        }
        b.data[i] = best;
    }
    println!("{:?}", b.data);

    // Swapping through two disjoint field borrows.
    let mut pair = (Buf { data: [1; 6], len: 1 }, Buf { data: [2; 6], len: 2 });
    let (p, q) = (&mut pair.0, &mut pair.1);
    std::mem::swap(p, q);
    let t = pair.0.len;
    pair.1.push(t as i32);
    println!("{} {} {}", pair.0.len, pair.1.len, pair.1.data[1]);

    // A moved value may be re-assigned and used again.
    let mut owned = Buf { data: [7; 6], len: 1 };
    for round in 0..3 {
        let taken = owned;
        owned = Buf { data: [taken.data[0] + round; 6], len: taken.len + 1 };
    }
    println!("{} {}", owned.data[0], owned.len);
}
