struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn manhattan(&self) -> i32 {
        self.x.abs() + self.y.abs()
    }
}

fn main() {
    let mut points = Vec::new();
    for i in 0..5 {
        points.push(Point { x: i - 2, y: i * 3 });
    }
    points[0].x = 100;
    points[4].y -= 1;
    for i in 0..points.len() {
        let p = &points[i];
        println!("({}, {}) -> {}", p.x, p.y, p.manhattan());
    }
    let mut far = 0;
    for i in 1..points.len() {
        if points[i].manhattan() > points[far].manhattan() {
            far = i;
        }
    }
    println!("farthest index {}", far);
    let removed = points.remove(0);
    println!("removed ({}, {}), {} left", removed.x, removed.y, points.len());
    let p = points.pop().unwrap();
    println!("popped ({}, {})", p.x, p.y);
}
