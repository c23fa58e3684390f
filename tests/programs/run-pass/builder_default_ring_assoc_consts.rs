// Builder pattern by value, Default with struct update syntax, const
// generics ring buffer, and trait associated consts.
use std::fmt::Debug;

#[derive(Debug, Clone, Default, PartialEq)]
struct Request { url: String, method: Method, headers: Vec<(String, String)>, body: Option<String>, retries: u8, timeout_ms: u32 }

#[derive(Debug, Clone, Copy, Default, PartialEq)]
enum Method { #[default] Get, Post, Delete }

#[derive(Default)]
struct RequestBuilder { req: Request }

impl RequestBuilder {
    fn new(url: &str) -> Self { RequestBuilder { req: Request { url: url.to_string(), timeout_ms: 30_000, ..Default::default() } } }
    fn method(mut self, m: Method) -> Self { self.req.method = m; self }
    fn header(mut self, k: &str, v: impl Into<String>) -> Self { self.req.headers.push((k.to_string(), v.into())); self }
    fn body(mut self, b: impl ToString) -> Self { self.req.body = Some(b.to_string()); self }
    fn retries(self, n: u8) -> Self { RequestBuilder { req: Request { retries: n, ..self.req } } }
    fn build(self) -> Result<Request, String> {
        if self.req.method == Method::Get && self.req.body.is_some() { return Err("GET with a body".into()); }
        if !self.req.url.starts_with("http") { return Err(format!("bad url {:?}", self.req.url)); }
        Ok(self.req)
    }
}

struct Ring<T, const N: usize> { buf: [Option<T>; N], head: usize, len: usize }

impl<T: Copy + Debug, const N: usize> Ring<T, N> {
    fn new() -> Self { Ring { buf: [None; N], head: 0, len: 0 } }
    fn push(&mut self, x: T) -> Option<T> {
        let idx = (self.head + self.len) % N;
        if self.len == N {
            let old = self.buf[self.head].replace(x);
            self.head = (self.head + 1) % N;
            old
        } else {
            self.buf[idx] = Some(x);
            self.len += 1;
            None
        }
    }
    fn iter(&self) -> impl Iterator<Item = T> + '_ { (0..self.len).filter_map(move |i| self.buf[(self.head + i) % N]) }
    const CAPACITY: usize = N;
}

trait Unit { const SYMBOL: &'static str; const FACTOR: f64; fn show(v: f64) -> String { format!("{:.2}{}", v * Self::FACTOR, Self::SYMBOL) } }
struct Km; struct Mile;
impl Unit for Km { const SYMBOL: &'static str = "km"; const FACTOR: f64 = 1.0; }
impl Unit for Mile { const SYMBOL: &'static str = "mi"; const FACTOR: f64 = 0.621371; fn show(v: f64) -> String { format!("~{:.1} {}", v * Self::FACTOR, Self::SYMBOL) } }

fn report<U: Unit>(dists: &[f64]) -> Vec<String> { dists.iter().map(|&d| U::show(d)).collect() }

fn main() {
    let r = RequestBuilder::new("https://x.io").method(Method::Post).header("A", "1").header("B", String::from("2")).body(42).retries(3).build();
    println!("{:#?}", r);
    println!("{:?}", RequestBuilder::new("ftp://x").build());
    println!("{:?}", RequestBuilder::new("http://y").body("z").build());
    let d = Request::default();
    println!("{:?} {}", d.method, d == Request { url: String::new(), ..Default::default() });
    let mut ring: Ring<u32, 3> = Ring::new();
    let evicted: Vec<Option<u32>> = (1..=5).map(|i| ring.push(i * 10)).collect();
    println!("{:?} {:?} cap {}", evicted, ring.iter().collect::<Vec<_>>(), Ring::<u32, 3>::CAPACITY);
    println!("{:?} {:?}", report::<Km>(&[1.0, 42.195]), report::<Mile>(&[1.0, 42.195]));
}
