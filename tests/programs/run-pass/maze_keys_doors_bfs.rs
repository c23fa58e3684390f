use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Cell { Wall, Open, Start, End, Key(char), Door(char) }

impl From<char> for Cell {
    fn from(c: char) -> Self {
        match c {
            '#' => Cell::Wall,
            '@' => Cell::Start,
            '!' => Cell::End,
            'a'..='z' => Cell::Key(c),
            'A'..='Z' => Cell::Door(c.to_ascii_lowercase()),
            _ => Cell::Open,
        }
    }
}

struct Maze { grid: Vec<Vec<Cell>>, width: usize, height: usize }

impl fmt::Display for Maze {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in &self.grid {
            let line: String = row.iter().map(|c| match c {
                Cell::Wall => '#', Cell::Open => '.', Cell::Start => '@', Cell::End => '!',
                Cell::Key(k) => *k, Cell::Door(d) => d.to_ascii_uppercase(),
            }).collect();
            writeln!(f, "{}", line)?;
        }
        Ok(())
    }
}

impl std::str::FromStr for Maze {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let grid: Vec<Vec<Cell>> = s.lines().map(|l| l.chars().map(Cell::from).collect()).collect();
        let width = grid.first().map_or(0, Vec::len);
        if let Some((i, _)) = grid.iter().enumerate().find(|(_, r)| r.len() != width) {
            return Err(format!("row {} has the wrong width", i));
        }
        Ok(Maze { height: grid.len(), width, grid })
    }
}

impl Maze {
    fn find(&self, target: &Cell) -> Option<(usize, usize)> {
        (0..self.height).flat_map(|r| (0..self.width).map(move |c| (r, c))).find(|&(r, c)| &self.grid[r][c] == target)
    }

    fn solve(&self) -> Option<(usize, String)> {
        let start = self.find(&Cell::Start)?;
        let mut queue = VecDeque::new();
        let mut seen: HashSet<((usize, usize), u32)> = HashSet::new();
        queue.push_back((start, 0u32, 0usize, String::new()));
        seen.insert((start, 0));
        while let Some(((r, c), keys, dist, path)) = queue.pop_front() {
            if self.grid[r][c] == Cell::End {
                return Some((dist, path));
            }
            let moves = [(r.wrapping_sub(1), c, 'U'), (r + 1, c, 'D'), (r, c.wrapping_sub(1), 'L'), (r, c + 1, 'R')];
            for &(nr, nc, m) in moves.iter() {
                let Some(cell) = self.grid.get(nr).and_then(|row| row.get(nc)) else { continue };
                let mut nkeys = keys;
                match cell {
                    Cell::Wall => continue,
                    Cell::Door(d) if keys & (1 << (*d as u8 - b'a')) == 0 => continue,
                    Cell::Key(k) => nkeys |= 1 << (*k as u8 - b'a'),
                    _ => {}
                }
                if seen.insert(((nr, nc), nkeys)) {
                    let mut p = path.clone();
                    p.push(m);
                    queue.push_back(((nr, nc), nkeys, dist + 1, p));
                }
            }
        }
        None
    }
}

fn compress(path: &str) -> String {
    let mut out = String::new();
    let mut chars = path.chars().peekable();
    while let Some(c) = chars.next() {
        let mut n = 1;
        while chars.peek() == Some(&c) {
            chars.next();
            n += 1;
        }
        if n > 1 { out += &format!("{}{}", n, c); } else { out.push(c); }
    }
    out
}

fn main() {
    let mazes = [
        "#########\n#@..a..A!#\n#########",
        "#######\n#@.#..#\n#.##.##\n#...b.#\n###B###\n#!....#\n#######",
        "#####\n#@#!#\n#####",
        "###\n#@\n###",
    ];
    for text in mazes.iter() {
        match text.parse::<Maze>() {
            Ok(m) => {
                print!("{}", m);
                match m.solve() {
                    Some((d, p)) => println!("=> {} steps: {} ({})", d, p, compress(&p)),
                    None => println!("=> unreachable"),
                }
            }
            Err(e) => println!("bad maze: {}", e),
        }
    }
    let mut counts: BTreeMap<Cell, usize> = BTreeMap::new();
    for c in mazes[1].chars().map(Cell::from) {
        *counts.entry(c).or_insert(0) += 1;
    }
    println!("{:?}", counts);
    let by_kind: HashMap<bool, Vec<char>> = "aB#c!".chars().fold(HashMap::new(), |mut m, ch| {
        m.entry(ch.is_alphabetic()).or_insert_with(Vec::new).push(ch);
        m
    });
    let mut keys: Vec<_> = by_kind.iter().collect();
    keys.sort();
    println!("{:?}", keys);
}
