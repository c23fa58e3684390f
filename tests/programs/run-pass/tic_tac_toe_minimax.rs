// Tic-tac-toe solved by minimax over a [u8; 9] board; plays a perfect game against itself.

const EMPTY: u8 = 0;
const X: u8 = 1;
const O: u8 = 2;
const LINES: [[usize; 3]; 8] = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]];

fn winner(b: &[u8; 9]) -> u8 {
    for i in 0..LINES.len() {
        let line = LINES[i];
        let (p, q, r) = (line[0], line[1], line[2]);
        if b[p] != EMPTY && b[p] == b[q] && b[q] == b[r] {
            return b[p];
        }
    }
    EMPTY
}

fn full(b: &[u8; 9]) -> bool {
    for i in 0..9 {
        if b[i] == EMPTY {
            return false;
        }
    }
    true
}

fn other(p: u8) -> u8 {
    if p == X { O } else { X }
}

static mut NODES: u32 = 0;

// score from X's point of view: +10 - depth for a win, depth - 10 for a loss
fn minimax(b: &mut [u8; 9], player: u8, depth: i32) -> i32 {
    unsafe {
        NODES += 1;
    }
    match winner(b) {
        X => return 10 - depth,
        O => return depth - 10,
        _ => {}
    }
    if full(b) {
        return 0;
    }
    let mut best = if player == X { i32::MIN } else { i32::MAX };
    for m in 0..9 {
        if b[m] != EMPTY {
            continue;
        }
        b[m] = player;
        let s = minimax(b, other(player), depth + 1);
        b[m] = EMPTY;
        best = if player == X { best.max(s) } else { best.min(s) };
    }
    best
}

fn best_move(b: &mut [u8; 9], player: u8) -> usize {
    let mut best_m = 9;
    let mut best_s = 0;
    for m in 0..9 {
        if b[m] != EMPTY {
            continue;
        }
        b[m] = player;
        let s = minimax(b, other(player), 1);
        b[m] = EMPTY;
        let better = if player == X { s > best_s } else { s < best_s };
        if best_m == 9 || better {
            best_m = m;
            best_s = s;
        }
    }
    best_m
}

fn show(b: &[u8; 9]) {
    for r in 0..3 {
        for c in 0..3 {
            let ch = match b[r * 3 + c] {
                X => 'X',
                O => 'O',
                _ => '.',
            };
            print!("{}", ch);
        }
        println!();
    }
}

fn main() {
    let mut board = [EMPTY; 9];
    board[0] = X;
    board[4] = O;
    let mut player = X;
    while winner(&board) == EMPTY && !full(&board) {
        let m = best_move(&mut board, player);
        board[m] = player;
        println!("{} plays {}", if player == X { 'X' } else { 'O' }, m);
        player = other(player);
    }
    show(&board);
    println!("winner: {}", winner(&board));
    let mut trap = [X, O, EMPTY, EMPTY, X, EMPTY, EMPTY, EMPTY, O];
    show(&trap);
    println!("O to move, best = {}", best_move(&mut trap, O));
    println!("nodes searched: {}", unsafe { NODES });
}
