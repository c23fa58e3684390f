// Arbitrary-precision factorials and powers of two with base-10^4 limbs in a fixed array.

const LIMBS: usize = 120;
const BASE: u32 = 10000;

struct BigNum {
    limbs: [u32; LIMBS],
    len: usize,
}

impl BigNum {
    fn from_u32(v: u32) -> BigNum {
        let mut b = BigNum { limbs: [0; LIMBS], len: 1 };
        b.limbs[0] = v % BASE;
        if v >= BASE {
            b.limbs[1] = v / BASE;
            b.len = 2;
        }
        b
    }

    fn mul_small(&mut self, m: u32) {
        let mut carry: u64 = 0;
        for i in 0..self.len {
            let cur = self.limbs[i] as u64 * m as u64 + carry;
            self.limbs[i] = (cur % BASE as u64) as u32;
            carry = cur / BASE as u64;
        }
        while carry > 0 {
            self.limbs[self.len] = (carry % BASE as u64) as u32;
            carry /= BASE as u64;
            self.len += 1;
        }
    }

    fn digit_sum(&self) -> u32 {
        let mut s = 0;
        for i in 0..self.len {
            let mut l = self.limbs[i];
            while l > 0 {
                s += l % 10;
                l /= 10;
            }
        }
        s
    }

    fn digits(&self) -> usize {
        let mut top = self.limbs[self.len - 1];
        let mut d = 0;
        while top > 0 {
            d += 1;
            top /= 10;
        }
        d + 4 * (self.len - 1)
    }

    fn print(&self) {
        print!("{}", self.limbs[self.len - 1]);
        let mut i = self.len - 1;
        while i > 0 {
            i -= 1;
            print!("{:04}", self.limbs[i]);
        }
        println!();
    }
}

fn main() {
    let mut f = BigNum::from_u32(1);
    for n in 1..=100 {
        f.mul_small(n);
        if n == 25 || n == 50 {
            print!("{}! = ", n);
            f.print();
        }
    }
    print!("100! = ");
    f.print();
    println!("100! has {} digits, digit sum {}", f.digits(), f.digit_sum());
    let mut p = BigNum::from_u32(1);
    for _ in 0..256 {
        p.mul_small(2);
    }
    print!("2^256 = ");
    p.print();
    let mut q = BigNum::from_u32(123456789);
    q.mul_small(987654321);
    print!("123456789 * 987654321 = ");
    q.print();
    println!("check: {}", 123456789u64 * 987654321u64);
}
