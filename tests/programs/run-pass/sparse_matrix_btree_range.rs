use std::collections::BTreeMap;
use std::fmt::Write as _;

// Sparse matrix in BTreeMap with iterator-based multiplication, and a
// report built with fmt::Write into a String.
#[derive(Debug, Default, Clone, PartialEq)]
struct Sparse { rows: usize, cols: usize, data: BTreeMap<(usize, usize), i64> }

impl Sparse {
    fn from_dense(d: &[Vec<i64>]) -> Self {
        let mut s = Sparse { rows: d.len(), cols: d.first().map_or(0, |r| r.len()), ..Default::default() };
        for (i, row) in d.iter().enumerate() { for (j, &v) in row.iter().enumerate() { if v != 0 { s.data.insert((i, j), v); } } }
        s
    }
    fn mul(&self, o: &Sparse) -> Option<Sparse> {
        if self.cols != o.rows { return None; }
        let mut out = Sparse { rows: self.rows, cols: o.cols, data: BTreeMap::new() };
        for (&(i, k), &a) in &self.data {
            for (&(_, j), &b) in o.data.range((k, 0)..(k + 1, 0)) {
                *out.data.entry((i, j)).or_insert(0) += a * b;
            }
        }
        out.data.retain(|_, v| *v != 0);
        Some(out)
    }
    fn transpose(&self) -> Sparse {
        Sparse { rows: self.cols, cols: self.rows, data: self.data.iter().map(|(&(i, j), &v)| ((j, i), v)).collect() }
    }
    fn render(&self) -> String {
        let mut s = String::new();
        for i in 0..self.rows {
            let row: Vec<String> = (0..self.cols).map(|j| self.data.get(&(i, j)).map_or(".".to_string(), |v| v.to_string())).collect();
            writeln!(s, "[{}]", row.iter().map(|c| format!("{:>3}", c)).collect::<String>()).unwrap();
        }
        s
    }
}

fn main() {
    let a = Sparse::from_dense(&[vec![1, 0, 2], vec![0, 0, 3], vec![4, 0, 0]]);
    let b = Sparse::from_dense(&[vec![0, 5], vec![6, 0], vec![0, -1]]);
    print!("{}", a.render());
    let c = a.mul(&b).unwrap();
    print!("a*b=\n{}", c.render());
    println!("nnz {} {:?}", c.data.len(), c.data);
    println!("{:?}", b.mul(&a).map(|m| m.data.len()));
    println!("{}", a.transpose().transpose() == a);
    let mut report = String::new();
    write!(&mut report, "{} x {} with {} entries; ", a.rows, a.cols, a.data.len()).unwrap();
    write!(report, "trace {}", (0..a.rows).filter_map(|i| a.data.get(&(i, i))).sum::<i64>()).unwrap();
    println!("{}", report);
}
