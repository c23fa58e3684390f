// Inline modules with pub items, use groups and renames, crate::, self:: and super:: paths.

mod geometry {
    pub const ORIGIN: Point = Point { x: 0, y: 0 };

    pub struct Point {
        pub x: i64,
        pub y: i64,
    }

    impl Point {
        pub fn new(x: i64, y: i64) -> Point {
            Point { x, y }
        }

        pub fn manhattan(&self, other: &Point) -> i64 {
            self::helpers::abs(self.x - other.x) + helpers::abs(self.y - other.y)
        }
    }

    mod helpers {
        pub fn abs(v: i64) -> i64 {
            if v < 0 { -v } else { v }
        }
    }

    pub mod shapes {
        use super::Point;

        pub struct Rect {
            pub min: Point,
            pub max: Point,
        }

        impl Rect {
            pub fn area(&self) -> i64 {
                (self.max.x - self.min.x) * (self.max.y - self.min.y)
            }

            pub fn contains(&self, p: &Point) -> bool {
                p.x >= self.min.x && p.x <= self.max.x && p.y >= self.min.y && p.y <= self.max.y
            }
        }

        pub fn unit_square() -> Rect {
            Rect { min: super::ORIGIN, max: Point::new(1, 1) }
        }

        pub fn perimeter(r: &Rect) -> i64 {
            2 * (r.max.x - r.min.x) + 2 * (r.max.y - r.min.y) + crate::util::ZERO
        }
    }
}

mod util {
    pub const ZERO: i64 = 0;

    pub fn banner(title: &str) {
        println!("== {} ==", title);
        inner::count();
    }

    pub mod inner {
        pub static mut BANNERS: u32 = 0;

        pub fn count() {
            unsafe {
                BANNERS += 1;
            }
        }

        pub fn total() -> u32 {
            unsafe { BANNERS }
        }
    }
}

use geometry::shapes::{self, perimeter as perim, Rect};
use geometry::{Point, ORIGIN};
use util::inner::total as banner_count;

fn main() {
    util::banner("points");
    let a = Point::new(3, -4);
    let b = geometry::Point { x: -1, y: 2 };
    println!("a=({}, {}) b=({}, {})", a.x, a.y, b.x, b.y);
    println!("manhattan a-b = {}", a.manhattan(&b));
    println!("manhattan a-origin = {}", a.manhattan(&ORIGIN));

    crate::util::banner("rects");
    let r = Rect { min: Point::new(-2, -2), max: Point::new(4, 3) };
    println!("area {} perimeter {}", r.area(), perim(&r));
    println!("contains a: {} contains b: {}", r.contains(&a), r.contains(&b));
    let u = shapes::unit_square();
    println!("unit square area {} perimeter {}", u.area(), shapes::perimeter(&u));
    self::util::banner("done");
    println!("banners printed: {}", banner_count());
}
