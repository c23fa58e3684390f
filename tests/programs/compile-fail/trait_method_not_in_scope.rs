mod shapes {
    pub trait Area {
        fn area(&self) -> u32;
    }
    impl Area for u32 {
        fn area(&self) -> u32 {
            self * self
        }
    }
}

fn main() {
    let side: u32 = 3;
    println!("{}", side.area()); //~ ERROR E0599
    {
        use shapes::Area as _;
        println!("{}", side.area());
    }
}
