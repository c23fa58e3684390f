struct Noisy(i32);

impl Drop for Noisy {
    fn drop(&mut self) {}
}

fn consume(_n: Noisy) {}

fn maybe_move(c: bool) {
    let x = Noisy(1);
    if c {
        consume(x);
    }
}

fn partial(p: (Noisy, Noisy)) {
    consume(p.0);
}

fn main() {}
