// Pseudo-random generators with wrapping arithmetic (LCG, xorshift, splitmix) and histograms.

struct Lcg(u32);
struct XorShift64(u64);
struct SplitMix(u64);

impl Lcg {
    fn next(&mut self) -> u32 {
        self.0 = self.0.wrapping_mul(1103515245).wrapping_add(12345);
        (self.0 >> 16) & 0x7FFF
    }
}

impl XorShift64 {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E3779B97F4A7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB);
        z ^ (z >> 31)
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn main() {
    let mut lcg = Lcg(42);
    print!("lcg:");
    for _ in 0..8 {
        print!(" {}", lcg.next());
    }
    println!();

    let mut xs = XorShift64(88172645463325252);
    let mut hist = [0u32; 10];
    for _ in 0..10000 {
        hist[xs.below(10) as usize] += 1;
    }
    for d in 0..10 {
        let bar = hist[d] / 40;
        print!("{} {:>5} ", d, hist[d]);
        for _ in 0..bar {
            print!("*");
        }
        println!();
    }

    let mut sm = SplitMix(7);
    println!("splitmix: {:#018x} {:#018x}", sm.next(), sm.next());
    let mut inside = 0;
    let trials = 20000;
    for _ in 0..trials {
        let x = sm.unit();
        let y = sm.unit();
        if x * x + y * y <= 1.0 {
            inside += 1;
        }
    }
    println!("monte carlo pi ~ {:.4} ({} of {})", 4.0 * inside as f64 / trials as f64, inside, trials);
    let mut sum = 0.0;
    let mut min = 1.0;
    let mut max = 0.0;
    for _ in 0..1000 {
        let u = sm.unit();
        sum += u;
        if u < min {
            min = u;
        }
        if u > max {
            max = u;
        }
    }
    println!("mean {:.4} min {:.6} max {:.6}", sum / 1000.0, min, max);
}
