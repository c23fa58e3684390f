// N-queens by backtracking over fixed arrays, counting solutions for N = 1..=8.

const MAX: usize = 8;

struct Board {
    n: usize,
    cols: [usize; MAX],
    used_col: [bool; MAX],
    used_diag1: [bool; 2 * MAX],
    used_diag2: [bool; 2 * MAX],
    solutions: u32,
    first: [usize; MAX],
}

impl Board {
    fn new(n: usize) -> Self {
        Board {
            n,
            cols: [0; MAX],
            used_col: [false; MAX],
            used_diag1: [false; 2 * MAX],
            used_diag2: [false; 2 * MAX],
            solutions: 0,
            first: [0; MAX],
        }
    }

    fn place(&mut self, row: usize) {
        if row == self.n {
            if self.solutions == 0 {
                self.first = self.cols;
            }
            self.solutions += 1;
            return;
        }
        for c in 0..self.n {
            let d1 = row + c;
            let d2 = row + self.n - c;
            if self.used_col[c] || self.used_diag1[d1] || self.used_diag2[d2] {
                continue;
            }
            self.cols[row] = c;
            self.used_col[c] = true;
            self.used_diag1[d1] = true;
            self.used_diag2[d2] = true;
            self.place(row + 1);
            self.used_col[c] = false;
            self.used_diag1[d1] = false;
            self.used_diag2[d2] = false;
        }
    }

    fn print_first(&self) {
        for r in 0..self.n {
            for c in 0..self.n {
                if self.first[r] == c {
                    print!("Q ");
                } else {
                    print!(". ");
                }
            }
            println!();
        }
    }
}

fn main() {
    for n in 1..=MAX {
        let mut b = Board::new(n);
        b.place(0);
        println!("{} queens: {} solutions", n, b.solutions);
        if n == 6 || n == 8 {
            b.print_first();
            println!("{:?}", b.first);
        }
    }
}
