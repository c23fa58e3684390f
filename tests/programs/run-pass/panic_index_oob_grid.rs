struct Grid {
    w: usize,
    h: usize,
    cells: Vec<u8>,
}

impl Grid {
    fn new(w: usize, h: usize) -> Grid {
        Grid { w, h, cells: vec![0; w * h] }
    }
    fn set(&mut self, x: usize, y: usize, v: u8) {
        let i = y * self.w + x;
        self.cells[i] = v;
    }
    fn row(&self, y: usize) -> &[u8] {
        &self.cells[y * self.w..(y + 1) * self.w]
    }
}

fn main() {
    let mut g = Grid::new(4, 3);
    for (x, y) in [(0, 0), (1, 1), (2, 2), (3, 0)] {
        g.set(x, y, (x + y) as u8 + 1);
    }
    for y in 0..g.h {
        println!("{:?}", g.row(y));
    }
    let total: u32 = g.cells.iter().map(|&c| c as u32).sum();
    println!("total {}", total);
    g.set(3, 3, 9);
    println!("not reached");
}
