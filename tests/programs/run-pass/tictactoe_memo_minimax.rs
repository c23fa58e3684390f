use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Piece { X, O }

impl Piece { fn other(self) -> Piece { match self { Piece::X => Piece::O, Piece::O => Piece::X } } }

#[derive(Clone, PartialEq, Eq, Hash)]
struct Board([Option<Piece>; 9]);

impl fmt::Display for Board {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for row in self.0.chunks(3) {
            let s: String = row.iter().map(|c| match c { Some(Piece::X) => 'X', Some(Piece::O) => 'O', None => '.' }).collect();
            writeln!(f, "{}", s)?;
        }
        Ok(())
    }
}

const LINES: [[usize; 3]; 8] = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]];

impl Board {
    fn winner(&self) -> Option<Piece> {
        LINES.iter().find_map(|&[a, b, c]| match (self.0[a], self.0[b], self.0[c]) {
            (Some(x), Some(y), Some(z)) if x == y && y == z => Some(x),
            _ => None,
        })
    }
    fn moves(&self) -> impl Iterator<Item = usize> + '_ { (0..9).filter(move |&i| self.0[i].is_none()) }
    fn play(&self, i: usize, p: Piece) -> Board { let mut b = self.clone(); b.0[i] = Some(p); b }
}

fn score(b: &Board, turn: Piece, memo: &mut HashMap<(Board, Piece), i8>) -> i8 {
    if let Some(&s) = memo.get(&(b.clone(), turn)) { return s; }
    let s = match b.winner() {
        Some(Piece::X) => 1,
        Some(Piece::O) => -1,
        None if b.moves().next().is_none() => 0,
        None => {
            let scores = b.moves().map(|m| score(&b.play(m, turn), turn.other(), memo));
            if turn == Piece::X { scores.max().unwrap() } else { scores.min().unwrap() }
        }
    };
    memo.insert((b.clone(), turn), s);
    s
}

fn main() {
    let mut memo = HashMap::new();
    let empty = Board([None; 9]);
    println!("value of empty board: {}", score(&empty, Piece::X, &mut memo));
    println!("positions memoized: {}", memo.len());
    let mut b = empty.clone();
    let mut turn = Piece::X;
    while b.winner().is_none() && b.moves().next().is_some() {
        let best = b.moves().max_by_key(|&m| { let s = score(&b.play(m, turn), turn.other(), &mut memo); if turn == Piece::X { s } else { -s } }).unwrap();
        b = b.play(best, turn);
        turn = turn.other();
    }
    print!("{}", b);
    println!("winner: {:?}", b.winner());
    let counts = memo.values().fold([0usize; 3], |mut acc, &v| { acc[(v + 1) as usize] += 1; acc });
    println!("O wins {} draws {} X wins {}", counts[0], counts[1], counts[2]);
}
