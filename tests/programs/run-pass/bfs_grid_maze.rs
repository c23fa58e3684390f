// Breadth-first search through a character maze using a fixed-capacity queue.

const ROWS: usize = 9;
const COLS: usize = 13;

const MAZE: [[char; COLS]; ROWS] = [
    ['#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#'],
    ['#', 'S', '.', '.', '#', '.', '.', '.', '.', '.', '.', '.', '#'],
    ['#', '.', '#', '.', '#', '.', '#', '#', '#', '#', '#', '.', '#'],
    ['#', '.', '#', '.', '.', '.', '#', '.', '.', '.', '#', '.', '#'],
    ['#', '.', '#', '#', '#', '#', '#', '.', '#', '.', '#', '.', '#'],
    ['#', '.', '.', '.', '.', '.', '.', '.', '#', '.', '.', '.', '#'],
    ['#', '#', '#', '#', '#', '.', '#', '#', '#', '#', '#', '.', '#'],
    ['#', '.', '.', '.', '.', '.', '#', 'E', '.', '.', '.', '.', '#'],
    ['#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#', '#'],
];

struct Queue {
    items: [(usize, usize); ROWS * COLS],
    head: usize,
    tail: usize,
}

impl Queue {
    fn push(&mut self, p: (usize, usize)) {
        self.items[self.tail] = p;
        self.tail += 1;
    }
    fn pop(&mut self) -> (usize, usize) {
        self.head += 1;
        self.items[self.head - 1]
    }
    fn is_empty(&self) -> bool {
        self.head == self.tail
    }
}

fn find(c: char) -> (usize, usize) {
    for r in 0..ROWS {
        for k in 0..COLS {
            if MAZE[r][k] == c {
                return (r, k);
            }
        }
    }
    panic!("{} not in maze", c);
}

fn main() {
    let start = find('S');
    let end = find('E');
    let mut dist = [[-1i32; COLS]; ROWS];
    let mut prev = [[(0usize, 0usize); COLS]; ROWS];
    let mut q = Queue { items: [(0, 0); ROWS * COLS], head: 0, tail: 0 };
    dist[start.0][start.1] = 0;
    q.push(start);
    let dirs: [(i32, i32); 4] = [(-1, 0), (1, 0), (0, -1), (0, 1)];
    while !q.is_empty() {
        let (r, c) = q.pop();
        if r == end.0 && c == end.1 {
            break;
        }
        for d in 0..4 {
            let nr = (r as i32 + dirs[d].0) as usize;
            let nc = (c as i32 + dirs[d].1) as usize;
            if MAZE[nr][nc] != '#' && dist[nr][nc] < 0 {
                dist[nr][nc] = dist[r][c] + 1;
                prev[nr][nc] = (r, c);
                q.push((nr, nc));
            }
        }
    }
    println!("start {:?} end {:?} distance {}", start, end, dist[end.0][end.1]);
    let mut path = [[false; COLS]; ROWS];
    let mut at = end;
    while at.0 != start.0 || at.1 != start.1 {
        path[at.0][at.1] = true;
        at = prev[at.0][at.1];
    }
    for r in 0..ROWS {
        for c in 0..COLS {
            let ch = if path[r][c] && MAZE[r][c] == '.' { '*' } else { MAZE[r][c] };
            print!("{}", ch);
        }
        println!();
    }
    println!("visited {} cells", q.tail);
}
