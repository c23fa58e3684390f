use std::fmt::Debug;

trait Unit {
    const NAME: &'static str;
    const FACTOR: f64 = 1.0;
    const SYMBOL: char;

    fn describe() -> String {
        format!("{} ({}) x{}", Self::NAME, Self::SYMBOL, Self::FACTOR)
    }
    fn convert(value: f64) -> f64 {
        value * Self::FACTOR
    }
}

struct Meter;
struct Inch;
struct Mile<T>(T);

impl Unit for Meter {
    const NAME: &'static str = "meter";
    const SYMBOL: char = 'm';
}

impl Unit for Inch {
    const NAME: &'static str = "inch";
    const FACTOR: f64 = 0.0254;
    const SYMBOL: char = '"';
}

impl<T> Unit for Mile<T> {
    const NAME: &'static str = "mile";
    const FACTOR: f64 = 1609.344;
    const SYMBOL: char = 'M';
}

fn to_meters<U: Unit>(values: &[f64]) -> Vec<String> {
    values.iter().map(|&v| format!("{}{} = {:.3}m", v, U::SYMBOL, U::convert(v))).collect()
}

struct Grid;

impl Grid {
    const W: usize = 4;
    const H: usize = Self::W - 1;
    const CELLS: usize = Self::W * Self::H;

    fn coords(i: usize) -> (usize, usize) {
        (i % Self::W, i / Self::W)
    }
}

trait Countdown: Iterator<Item = u32> + Sized {
    const START: u32;
    fn total(self) -> u32 {
        self.fold(0, |a, b| a + b)
    }
    fn evens(self) -> Vec<u32> {
        self.filter(|x| x % 2 == 0).collect()
    }
}

#[derive(Debug)]
struct Down(u32);

impl Iterator for Down {
    type Item = u32;
    fn next(&mut self) -> Option<Self::Item> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0 + 1)
        }
    }
}

impl Countdown for Down {
    const START: u32 = 10;
}

fn sum_doubled<C: Countdown + Debug>(c: C) -> u32 {
    println!("doubling {:?} (start {})", c, C::START);
    c.map(|x| x * 2).sum()
}

trait Labeled: Clone + Debug {
    fn label(&self) -> String;
    fn labels(items: &[Self]) -> Vec<String> {
        items.iter().map(|i| i.label()).collect()
    }
}

#[derive(Clone, Debug, PartialEq)]
struct Tag(u8);

impl Labeled for Tag {
    fn label(&self) -> String {
        format!("#{:03}", self.0)
    }
}

fn main() {
    println!("{}", Meter::describe());
    println!("{}", Inch::describe());
    println!("{}", <Mile<u8> as Unit>::describe());
    println!("{:?}", to_meters::<Inch>(&[1.0, 12.0, 100.0]));
    println!("{:?}", to_meters::<Mile<()>>(&[0.5, 26.2]));
    println!("{} {} {}", Meter::FACTOR, Inch::NAME.len(), Mile::<i32>::SYMBOL);

    println!("grid {}x{} = {} cells", Grid::W, Grid::H, Grid::CELLS);
    let corners: Vec<(usize, usize)> = [0, Grid::W - 1, Grid::CELLS - Grid::W, Grid::CELLS - 1].iter().map(|&i| Grid::coords(i)).collect();
    println!("{:?}", corners);

    println!("total {} evens {:?}", Down(Down::START).total(), Down(7).evens());
    println!("sum doubled {}", sum_doubled(Down(3)));

    let tags = vec![Tag(7), Tag(42), Tag(255)];
    println!("{:?} {:?}", Tag::labels(&tags), tags.iter().cloned().max_by_key(|t| t.0));
}
