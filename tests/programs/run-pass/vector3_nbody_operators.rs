use std::ops::{Add, AddAssign, Index, IndexMut, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct V3 { x: f64, y: f64, z: f64 }

impl V3 {
    const ZERO: V3 = V3 { x: 0.0, y: 0.0, z: 0.0 };
    fn new(x: f64, y: f64, z: f64) -> Self { V3 { x, y, z } }
    fn dot(self, o: V3) -> f64 { self.x * o.x + self.y * o.y + self.z * o.z }
    fn cross(self, o: V3) -> V3 { V3::new(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x) }
    fn len(self) -> f64 { self.dot(self).sqrt() }
    fn normalized(self) -> Option<V3> { let l = self.len(); if l == 0.0 { None } else { Some(self * (1.0 / l)) } }
}

impl Add for V3 { type Output = V3; fn add(self, o: V3) -> V3 { V3::new(self.x + o.x, self.y + o.y, self.z + o.z) } }
impl Sub for V3 { type Output = V3; fn sub(self, o: V3) -> V3 { self + -o } }
impl Neg for V3 { type Output = V3; fn neg(self) -> V3 { V3::new(-self.x, -self.y, -self.z) } }
impl Mul<f64> for V3 { type Output = V3; fn mul(self, k: f64) -> V3 { V3::new(self.x * k, self.y * k, self.z * k) } }
impl Mul<V3> for f64 { type Output = V3; fn mul(self, v: V3) -> V3 { v * self } }
impl AddAssign for V3 { fn add_assign(&mut self, o: V3) { *self = *self + o; } }
impl Index<usize> for V3 {
    type Output = f64;
    fn index(&self, i: usize) -> &f64 { match i { 0 => &self.x, 1 => &self.y, 2 => &self.z, _ => panic!("V3 index {} out of range", i) } }
}
impl IndexMut<usize> for V3 {
    fn index_mut(&mut self, i: usize) -> &mut f64 { match i { 0 => &mut self.x, 1 => &mut self.y, 2 => &mut self.z, _ => panic!("V3 index {} out of range", i) } }
}
impl std::iter::Sum for V3 { fn sum<I: Iterator<Item = V3>>(it: I) -> V3 { it.fold(V3::ZERO, |a, b| a + b) } }

#[derive(Debug)]
struct Body { pos: V3, vel: V3, mass: f64 }

fn step(bodies: &mut [Body], dt: f64) {
    let n = bodies.len();
    let mut acc = vec![V3::default(); n];
    for i in 0..n {
        for j in 0..n {
            if i == j { continue; }
            let d = bodies[j].pos - bodies[i].pos;
            let r = d.len().max(0.1);
            acc[i] += d * (bodies[j].mass / (r * r * r));
        }
    }
    for (b, a) in bodies.iter_mut().zip(acc) {
        b.vel += a * dt;
        b.pos += dt * b.vel;
    }
}

fn energy(bodies: &[Body]) -> f64 {
    let kinetic: f64 = bodies.iter().map(|b| 0.5 * b.mass * b.vel.dot(b.vel)).sum();
    let mut potential = 0.0;
    for (i, a) in bodies.iter().enumerate() {
        for b in &bodies[i + 1..] {
            potential -= a.mass * b.mass / (a.pos - b.pos).len();
        }
    }
    kinetic + potential
}

fn main() {
    let a = V3::new(1.0, 2.0, 3.0);
    let b = V3::new(-2.0, 0.5, 4.0);
    println!("{:?} {:?} {} {:.4}", a + b, a.cross(b), a.dot(b), (a - b).len());
    println!("{:?} {:?}", V3::ZERO.normalized(), b.normalized().map(|v| (v.len() * 1e6).round() / 1e6));
    let mut c = a;
    c[1] = 10.0;
    c[2] += 0.25;
    println!("{:?} {} {}", c, c[0], [a, b, c].iter().copied().sum::<V3>().x);
    let mut bodies = vec![
        Body { pos: V3::new(0.0, 0.0, 0.0), vel: V3::ZERO, mass: 10.0 },
        Body { pos: V3::new(5.0, 0.0, 0.0), vel: V3::new(0.0, 1.4, 0.0), mass: 1.0 },
        Body { pos: V3::new(-7.0, 0.0, 1.0), vel: V3::new(0.0, -1.2, 0.1), mass: 0.5 },
    ];
    let e0 = energy(&bodies);
    for s in 0..=400 {
        if s % 100 == 0 {
            let p = &bodies[1].pos;
            println!("t={:>3} body1=({:>8.3}, {:>8.3}, {:>8.3}) energy={:.5}", s, p.x, p.y, p.z, energy(&bodies));
        }
        step(&mut bodies, 0.01);
    }
    println!("drift {:.3e}", (energy(&bodies) - e0).abs());
    println!("{}", c[3]);
}
