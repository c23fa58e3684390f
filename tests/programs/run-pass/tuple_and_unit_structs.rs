// Tuple structs as newtypes for units, unit structs as markers, methods on both.

struct Meters(f64);
struct Seconds(f64);
struct MetersPerSecond(f64);
struct Rgb(u8, u8, u8);
struct Celsius(i32);
struct Origin;
struct Counter(u32);

impl Meters {
    fn per(&self, t: &Seconds) -> MetersPerSecond {
        MetersPerSecond(self.0 / t.0)
    }
    fn to_feet(&self) -> f64 {
        self.0 * 3.28084
    }
}

impl Rgb {
    fn gray(v: u8) -> Rgb {
        Rgb(v, v, v)
    }
    fn luminance(&self) -> u32 {
        (299 * self.0 as u32 + 587 * self.1 as u32 + 114 * self.2 as u32) / 1000
    }
    fn invert(&self) -> Rgb {
        Rgb(255 - self.0, 255 - self.1, 255 - self.2)
    }
    fn hex(&self) -> u32 {
        ((self.0 as u32) << 16) | ((self.1 as u32) << 8) | self.2 as u32
    }
}

impl Celsius {
    fn to_fahrenheit(&self) -> i32 {
        self.0 * 9 / 5 + 32
    }
}

impl Origin {
    fn distance_sq(&self, x: i32, y: i32) -> i32 {
        x * x + y * y
    }
}

impl Counter {
    fn tick(&mut self) -> u32 {
        self.0 += 1;
        self.0
    }
}

fn main() {
    let d = Meters(100.0);
    let t = Seconds(9.58);
    let v = d.per(&t);
    println!("{} m in {} s = {:.3} m/s ({:.1} ft)", d.0, t.0, v.0, d.to_feet());
    let colors = [Rgb(255, 0, 0), Rgb(18, 52, 86), Rgb::gray(128), Rgb(0, 0, 0)];
    for i in 0..colors.len() {
        let c = &colors[i];
        let inv = c.invert();
        println!("#{:06x} lum {:>3} inverted #{:06x} ({}, {}, {})", c.hex(), c.luminance(), inv.hex(), inv.0, inv.1, inv.2);
    }
    let temps = [Celsius(-40), Celsius(0), Celsius(37), Celsius(100)];
    for i in 0..temps.len() {
        println!("{:>4}C = {:>4}F", temps[i].0, temps[i].to_fahrenheit());
    }
    let o = Origin;
    println!("dist^2 = {}", o.distance_sq(3, 4));
    let _also = Origin {};
    let mut c = Counter(0);
    c.tick();
    c.tick();
    println!("counter = {}", c.tick());
    let Rgb(r, g, _) = Rgb(1, 2, 3);
    let Counter(inner) = c;
    println!("{} {} {}", r, g, inner);
}
