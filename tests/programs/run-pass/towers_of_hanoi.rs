// Towers of Hanoi with three pegs modelled as fixed arrays inside a struct.

const DISKS: usize = 6;

struct Peg {
    disks: [u8; DISKS],
    len: usize,
}

struct Towers {
    pegs: [Peg; 3],
    moves: u32,
}

impl Peg {
    fn empty() -> Peg {
        Peg { disks: [0; DISKS], len: 0 }
    }

    fn push(&mut self, d: u8) {
        if self.len > 0 {
            assert!(self.disks[self.len - 1] > d, "cannot put {} on {}", d, self.disks[self.len - 1]);
        }
        self.disks[self.len] = d;
        self.len += 1;
    }

    fn pop(&mut self) -> u8 {
        self.len -= 1;
        self.disks[self.len]
    }
}

impl Towers {
    fn new(n: usize) -> Towers {
        let mut t = Towers { pegs: [Peg::empty(), Peg::empty(), Peg::empty()], moves: 0 };
        let mut d = n;
        while d > 0 {
            t.pegs[0].push(d as u8);
            d -= 1;
        }
        t
    }

    fn move_disk(&mut self, from: usize, to: usize, verbose: bool) {
        let d = self.pegs[from].pop();
        self.pegs[to].push(d);
        self.moves += 1;
        if verbose {
            println!("move {:>2}: disk {} {} -> {}", self.moves, d, from, to);
        }
    }

    fn solve(&mut self, n: usize, from: usize, to: usize, via: usize, verbose: bool) {
        if n == 0 {
            return;
        }
        self.solve(n - 1, from, via, to, verbose);
        self.move_disk(from, to, verbose);
        self.solve(n - 1, via, to, from, verbose);
    }

    fn show(&self) {
        for p in 0..3 {
            print!("peg {}:", p);
            for i in 0..self.pegs[p].len {
                print!(" {}", self.pegs[p].disks[i]);
            }
            println!();
        }
    }
}

fn count_moves(n: u32) -> u64 {
    if n == 0 { 0 } else { 2 * count_moves(n - 1) + 1 }
}

fn main() {
    let mut small = Towers::new(3);
    small.show();
    small.solve(3, 0, 2, 1, true);
    small.show();
    let mut big = Towers::new(DISKS);
    big.solve(DISKS, 0, 1, 2, false);
    big.show();
    println!("{} disks took {} moves", DISKS, big.moves);
    for n in 1..=20 {
        if n % 5 == 0 {
            println!("hanoi({}) needs {} moves", n, count_moves(n));
        }
    }
}
