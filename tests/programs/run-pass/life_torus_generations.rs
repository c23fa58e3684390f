use std::collections::HashSet;
use std::fmt;

#[derive(Clone, PartialEq, Eq)]
struct Board {
    w: usize,
    h: usize,
    cells: Vec<bool>,
}

impl Board {
    fn parse(rows: &[&str]) -> Board {
        let h = rows.len();
        let w = rows.iter().map(|r| r.len()).max().unwrap_or(0);
        let mut cells = vec![false; w * h];
        for (y, row) in rows.iter().enumerate() {
            for (x, ch) in row.chars().enumerate() {
                cells[y * w + x] = ch == '#';
            }
        }
        Board { w, h, cells }
    }

    fn alive(&self, x: i64, y: i64) -> bool {
        let xx = x.rem_euclid(self.w as i64) as usize;
        let yy = y.rem_euclid(self.h as i64) as usize;
        self.cells[yy * self.w + xx]
    }

    fn neighbours(&self, x: usize, y: usize) -> usize {
        let mut n = 0;
        for dy in -1i64..=1 {
            for dx in -1i64..=1 {
                if (dx, dy) != (0, 0) && self.alive(x as i64 + dx, y as i64 + dy) {
                    n += 1;
                }
            }
        }
        n
    }

    fn step(&self) -> Board {
        let cells = (0..self.h)
            .flat_map(|y| (0..self.w).map(move |x| (x, y)))
            .map(|(x, y)| {
                let n = self.neighbours(x, y);
                matches!((self.cells[y * self.w + x], n), (true, 2) | (true, 3) | (false, 3))
            })
            .collect();
        Board { cells, ..*self }
    }

    fn population(&self) -> usize {
        self.cells.iter().filter(|&&c| c).count()
    }

    fn bounding_box(&self) -> Option<(usize, usize, usize, usize)> {
        let live: Vec<(usize, usize)> =
            (0..self.cells.len()).filter(|&i| self.cells[i]).map(|i| (i % self.w, i / self.w)).collect();
        let min_x = live.iter().map(|p| p.0).min()?;
        let max_x = live.iter().map(|p| p.0).max()?;
        let min_y = live.iter().map(|p| p.1).min()?;
        let max_y = live.iter().map(|p| p.1).max()?;
        Some((min_x, min_y, max_x, max_y))
    }
}

impl fmt::Display for Board {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in self.cells.chunks(self.w) {
            let line: String = row.iter().map(|&c| if c { '#' } else { '.' }).collect();
            writeln!(f, "{}", line)?;
        }
        Ok(())
    }
}

fn signature(b: &Board) -> Vec<u8> {
    b.cells.chunks(8).map(|chunk| chunk.iter().enumerate().fold(0u8, |acc, (i, &c)| acc | ((c as u8) << i))).collect()
}

fn main() {
    let mut glider = Board::parse(&[".#......", "..#.....", "###.....", "........", "........", "........"]);
    print!("gen 0 (pop {}):\n{}", glider.population(), glider);
    for gen in 1..=4 {
        glider = glider.step();
        println!("gen {} pop {} bbox {:?}", gen, glider.population(), glider.bounding_box());
    }
    print!("{}", glider);

    let blinker = Board::parse(&[".....", "..#..", "..#..", "..#..", "....."]);
    let b1 = blinker.step();
    let b2 = b1.step();
    print!("blinker phase 1:\n{}", b1);
    println!("period 2: {} (changed after one step: {})", b2 == blinker, b1 != blinker);

    let mut board = Board::parse(&["..........", "...##.....", "..##......", "...#......", "..........", "..........", ".........."]);
    let mut seen: HashSet<Vec<u8>> = HashSet::new();
    let mut history = Vec::new();
    for gen in 0..60 {
        let sig = signature(&board);
        if !seen.insert(sig.clone()) {
            let first = history.iter().position(|s| *s == sig).unwrap();
            println!("r-pentomino on a torus repeats at gen {} (first seen {})", gen, first);
            break;
        }
        history.push(sig);
        if gen % 10 == 0 {
            println!("gen {:2}: pop {:3}", gen, board.population());
        }
        board = board.step();
    }
    let empty = Board::parse(&["...", "..."]);
    println!("empty: pop {} bbox {:?} stable {}", empty.population(), empty.bounding_box(), empty.step() == empty);
}
