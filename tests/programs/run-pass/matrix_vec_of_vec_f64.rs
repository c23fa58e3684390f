struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<Vec<f64>>,
}

impl Matrix {
    fn new(rows: usize, cols: usize) -> Matrix {
        Matrix { rows, cols, data: vec![vec![0.0; cols]; rows] }
    }

    fn identity(n: usize) -> Matrix {
        let mut m = Matrix::new(n, n);
        for i in 0..n {
            m.data[i][i] = 1.0;
        }
        m
    }

    fn mul(&self, other: &Matrix) -> Matrix {
        let mut out = Matrix::new(self.rows, other.cols);
        for i in 0..self.rows {
            for j in 0..other.cols {
                let mut acc = 0.0;
                for k in 0..self.cols {
                    acc += self.data[i][k] * other.data[k][j];
                }
                out.data[i][j] = acc;
            }
        }
        out
    }

    fn transpose(&self) -> Matrix {
        let mut t = Matrix::new(self.cols, self.rows);
        for i in 0..self.rows {
            for j in 0..self.cols {
                t.data[j][i] = self.data[i][j];
            }
        }
        t
    }

    fn print(&self) {
        for i in 0..self.rows {
            let row = &self.data[i];
            let mut line = String::new();
            for j in 0..row.len() {
                if j > 0 {
                    line.push_str(" | ");
                }
                line.push_str(if row[j] < 0.0 { "-" } else { "+" });
            }
            println!("{}   sum {}", line.as_str(), sum(row));
        }
    }
}

fn sum(xs: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..xs.len() {
        s += xs[i];
    }
    s
}

fn main() {
    let mut a = Matrix::new(2, 3);
    let mut v = 1.0;
    for i in 0..2 {
        for j in 0..3 {
            a.data[i][j] = if (i + j) % 2 == 0 { v } else { -v };
            v += 0.5;
        }
    }
    a.print();
    let t = a.transpose();
    t.print();
    let p = a.mul(&t);
    p.print();
    let i3 = Matrix::identity(3);
    let same = a.mul(&i3);
    println!("a * I == a: {}", same.data == a.data);
    println!("trace {}", p.data[0][0] + p.data[1][1]);
}
