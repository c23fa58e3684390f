// Projectile motion with drag, integrated with a fixed time step (semi-implicit Euler).

struct Vec2 {
    x: f64,
    y: f64,
}

struct Body {
    pos: Vec2,
    vel: Vec2,
    mass: f64,
    drag: f64,
}

const G: f64 = 9.81;
const DT: f64 = 0.01;

fn sqrt(v: f64) -> f64 {
    if v <= 0.0 {
        return 0.0;
    }
    let mut x = if v > 1.0 { v } else { 1.0 };
    for _ in 0..60 {
        x = 0.5 * (x + v / x);
    }
    x
}

impl Body {
    fn launch(speed: f64, cos_a: f64, sin_a: f64, drag: f64) -> Body {
        Body {
            pos: Vec2 { x: 0.0, y: 0.0 },
            vel: Vec2 { x: speed * cos_a, y: speed * sin_a },
            mass: 2.0,
            drag,
        }
    }

    fn speed(&self) -> f64 {
        sqrt(self.vel.x * self.vel.x + self.vel.y * self.vel.y)
    }

    fn step(&mut self) {
        let s = self.speed();
        let ax = -self.drag * s * self.vel.x / self.mass;
        let ay = -G - self.drag * s * self.vel.y / self.mass;
        self.vel.x += ax * DT;
        self.vel.y += ay * DT;
        self.pos.x += self.vel.x * DT;
        self.pos.y += self.vel.y * DT;
    }

    fn energy(&self) -> f64 {
        0.5 * self.mass * (self.vel.x * self.vel.x + self.vel.y * self.vel.y) + self.mass * G * self.pos.y
    }
}

fn simulate(label: &str, drag: f64, cos_a: f64, sin_a: f64) {
    let mut b = Body::launch(50.0, cos_a, sin_a, drag);
    let e0 = b.energy();
    let mut t = 0.0;
    let mut max_h = 0.0;
    let mut steps = 0;
    loop {
        b.step();
        t += DT;
        steps += 1;
        if b.pos.y > max_h {
            max_h = b.pos.y;
        }
        if b.pos.y < 0.0 {
            break;
        }
        if steps % 200 == 0 {
            println!("  t={:>5.2}s x={:>8.3} y={:>8.3} v={:>7.3}", t, b.pos.x, b.pos.y, b.speed());
        }
    }
    println!("{:<12} flight {:.2}s range {:.3}m apex {:.3}m energy lost {:.1}%",
        label, t, b.pos.x, max_h, 100.0 * (e0 - b.energy()) / e0);
}

fn main() {
    let r = sqrt(0.5);
    println!("sqrt(0.5) = {}", r);
    simulate("vacuum 45", 0.0, r, r);
    simulate("drag 45", 0.002, r, r);
    simulate("drag 30", 0.002, sqrt(3.0) / 2.0, 0.5);
    simulate("drag 60", 0.002, 0.5, sqrt(3.0) / 2.0);
    let analytic = 50.0 * 50.0 / G;
    println!("analytic vacuum range: {:.3}", analytic);
}
