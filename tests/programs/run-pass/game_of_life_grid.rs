// Conway's Game of Life on a fixed toroidal grid of bools.

const W: usize = 12;
const H: usize = 8;

struct World {
    cells: [[bool; W]; H],
    generation: u32,
}

impl World {
    fn empty() -> World {
        World { cells: [[false; W]; H], generation: 0 }
    }

    fn set(&mut self, r: usize, c: usize) {
        self.cells[r % H][c % W] = true;
    }

    fn neighbours(&self, r: usize, c: usize) -> u8 {
        let mut n = 0;
        for dr in 0..3 {
            for dc in 0..3 {
                if dr == 1 && dc == 1 {
                    continue;
                }
                let rr = (r + H + dr - 1) % H;
                let cc = (c + W + dc - 1) % W;
                if self.cells[rr][cc] {
                    n += 1;
                }
            }
        }
        n
    }

    fn step(&mut self) {
        let mut next = [[false; W]; H];
        for r in 0..H {
            for c in 0..W {
                let n = self.neighbours(r, c);
                next[r][c] = match (self.cells[r][c], n) {
                    (true, 2) | (true, 3) => true,
                    (false, 3) => true,
                    _ => false,
                };
            }
        }
        self.cells = next;
        self.generation += 1;
    }

    fn population(&self) -> u32 {
        let mut p = 0;
        for r in 0..H {
            for c in 0..W {
                p += self.cells[r][c] as u32;
            }
        }
        p
    }

    fn print(&self) {
        println!("generation {} (population {})", self.generation, self.population());
        for r in 0..H {
            for c in 0..W {
                print!("{}", if self.cells[r][c] { '#' } else { '.' });
            }
            println!();
        }
    }
}

fn main() {
    let mut w = World::empty();
    // glider
    w.set(0, 1);
    w.set(1, 2);
    w.set(2, 0);
    w.set(2, 1);
    w.set(2, 2);
    // blinker
    w.set(5, 8);
    w.set(5, 9);
    w.set(5, 10);
    w.print();
    for _ in 0..4 {
        w.step();
    }
    w.print();
    for _ in 0..20 {
        w.step();
    }
    w.print();
    let mut pops = [0u32; 10];
    for i in 0..10 {
        w.step();
        pops[i] = w.population();
    }
    println!("{:?}", pops);
}
