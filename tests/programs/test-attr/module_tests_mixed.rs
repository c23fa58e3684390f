// Tests organised in a nested module that reach the code under test through super::.

struct Temperature {
    celsius: i32,
}

impl Temperature {
    fn fahrenheit(&self) -> i32 {
        self.celsius * 9 / 5 + 32
    }

    fn is_freezing(&self) -> bool {
        self.celsius <= 0
    }
}

const FREEZING: u8 = 0;
const COLD: u8 = 1;
const MILD: u8 = 2;
const HOT: u8 = 3;
const NAMES: [&str; 4] = ["freezing", "cold", "mild", "hot"];

fn classify(t: &Temperature) -> u8 {
    match t.celsius {
        i32::MIN..=0 => FREEZING,
        1..=15 => COLD,
        16..=25 => MILD,
        _ => HOT,
    }
}

fn main() {
    let t = Temperature { celsius: 21 };
    println!("{} {}", t.fahrenheit(), NAMES[classify(&t) as usize]);
}

mod tests {
    use super::{classify, Temperature, FREEZING, HOT, MILD};

    #[test]
    fn boiling_point() {
        let t = Temperature { celsius: 100 };
        assert_eq!(t.fahrenheit(), 212);
    }

    #[test]
    fn body_temperature() {
        let t = Temperature { celsius: 37 };
        assert_eq!(t.fahrenheit(), 99, "37C should be 98.6F, rounded");
    }

    #[test]
    fn freezing_flags() {
        assert!(Temperature { celsius: 0 }.is_freezing());
        assert!(!Temperature { celsius: 1 }.is_freezing());
    }

    #[test]
    fn classification() {
        assert_eq!(classify(&Temperature { celsius: -5 }), FREEZING);
        assert_eq!(classify(&Temperature { celsius: 20 }), MILD);
        assert_ne!(classify(&Temperature { celsius: 30 }), HOT);
    }

    mod nested {
        use super::super::Temperature;

        #[test]
        fn negative_forty_matches() {
            let t = Temperature { celsius: -40 };
            assert_eq!(t.fahrenheit(), -40);
        }

        #[test]
        fn overflow_in_conversion() {
            let t = Temperature { celsius: i32::MAX / 2 };
            assert!(t.fahrenheit() > 0);
        }
    }
}
