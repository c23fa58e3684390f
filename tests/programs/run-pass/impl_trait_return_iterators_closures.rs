use std::fmt::Display;

fn evens(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|x| x % 2 == 0)
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn squares_of_evens(limit: u32) -> impl Iterator<Item = u32> {
    evens(limit).map(|x| x * x)
}

fn label<T: Display>(x: T) -> impl Display {
    format!("<{}>", x)
}

struct Grid {
    w: usize,
    h: usize,
    cells: Vec<u8>,
}

impl Grid {
    fn neighbors(&self, x: usize, y: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        let dirs: [(i32, i32); 4] = [(-1, 0), (1, 0), (0, -1), (0, 1)];
        dirs.into_iter().filter_map(move |(dx, dy)| {
            let nx = x as i32 + dx;
            let ny = y as i32 + dy;
            if nx >= 0 && ny >= 0 && (nx as usize) < self.w && (ny as usize) < self.h {
                Some((nx as usize, ny as usize))
            } else {
                None
            }
        })
    }
    fn values(&self) -> impl Iterator<Item = &u8> {
        self.cells.iter()
    }
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn counter() -> impl FnMut() -> u32 {
    let mut n = 0;
    move || {
        n += 1;
        n
    }
}

fn main() {
    let v: Vec<u32> = evens(10).collect();
    println!("{:?}", v);
    let add5 = make_adder(5);
    println!("{} {}", add5(1), add5(10));
    println!("{:?}", squares_of_evens(9).collect::<Vec<_>>());
    println!("{} {}", label(3), label("x"));
    let g = Grid { w: 3, h: 2, cells: vec![1, 2, 3, 4, 5, 6] };
    let n: Vec<_> = g.neighbors(0, 0).collect();
    println!("{:?}", n);
    println!("{}", g.neighbors(1, 1).count());
    println!("{}", g.values().map(|&c| c as u32).sum::<u32>());
    let h = compose(|x: i32| x * 2, |y: i32| format!("={}", y));
    println!("{}", h(21));
    let mut c = counter();
    c();
    println!("{}", c());
}
