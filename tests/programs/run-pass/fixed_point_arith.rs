// Q16.16 fixed point numbers in a tuple struct, with methods and formatting by hand.

struct Fixed(i32);

impl Fixed {
    const FRAC_BITS: u32 = 16;
    const ONE: i32 = 1 << 16;

    fn from_int(v: i32) -> Fixed {
        Fixed(v << Fixed::FRAC_BITS)
    }

    fn from_parts(int: i32, thousandths: i32) -> Fixed {
        Fixed((int << 16) + thousandths * Fixed::ONE / 1000)
    }

    fn add(&self, o: &Fixed) -> Fixed {
        Fixed(self.0 + o.0)
    }

    fn sub(&self, o: &Fixed) -> Fixed {
        Fixed(self.0 - o.0)
    }

    fn mul(&self, o: &Fixed) -> Fixed {
        Fixed(((self.0 as i64 * o.0 as i64) >> 16) as i32)
    }

    fn div(&self, o: &Fixed) -> Fixed {
        Fixed((((self.0 as i64) << 16) / o.0 as i64) as i32)
    }

    fn to_f64(&self) -> f64 {
        self.0 as f64 / 65536.0
    }

    fn print(&self, label: &str) {
        let neg = self.0 < 0;
        let mag = if neg { -(self.0 as i64) } else { self.0 as i64 };
        let mut int = mag >> 16;
        let mut frac = ((mag & 0xFFFF) * 10000 + 32768) >> 16;
        if frac == 10000 {
            int += 1;
            frac = 0;
        }
        let sign = if neg { "-" } else { "" };
        println!("{:<10} = {}{}.{:04}  (raw {:#010x}, f64 {:.6})", label, sign, int, frac, self.0, self.to_f64());
    }
}

fn sqrt_fixed(x: &Fixed) -> Fixed {
    // Newton iteration in fixed point
    let mut guess = Fixed(x.0 / 2 + Fixed::ONE / 2);
    for _ in 0..20 {
        let q = x.div(&guess);
        guess = Fixed((guess.0 + q.0) / 2);
    }
    guess
}

fn main() {
    let a = Fixed::from_parts(3, 250);
    let b = Fixed::from_parts(-1, 500);
    a.print("a");
    b.print("b");
    a.add(&b).print("a+b");
    a.sub(&b).print("a-b");
    a.mul(&b).print("a*b");
    a.div(&b).print("a/b");
    let two = Fixed::from_int(2);
    sqrt_fixed(&two).print("sqrt(2)");
    sqrt_fixed(&Fixed::from_int(144)).print("sqrt(144)");
    // compound interest 5% over 10 years, fixed point
    let rate = Fixed::from_parts(1, 50);
    let mut balance = Fixed::from_int(1000);
    for year in 1..=10 {
        balance = balance.mul(&rate);
        if year % 5 == 0 {
            balance.print("balance");
        }
    }
    let third = Fixed::from_int(1).div(&Fixed::from_int(3));
    third.print("1/3");
    third.mul(&Fixed::from_int(3)).print("3*(1/3)");
    println!("ONE = {} FRAC_BITS = {}", Fixed::ONE, Fixed::FRAC_BITS);
}
