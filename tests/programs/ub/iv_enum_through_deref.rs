// A hand-written tagged slot array: a corrupted state byte is loaded as an
// enum through a raw pointer.
#[derive(Clone, Copy)]
enum State {
    Empty,
    Full,
}

struct Slots {
    states: [u8; 4],
    values: [i32; 4],
}

impl Slots {
    fn state(&self, i: usize) -> State {
        let p = &self.states[i] as *const u8 as *const State;
        unsafe { *p } //~ UB invalid-value
    }
}

fn main() {
    let mut s = Slots { states: [0; 4], values: [0; 4] };
    s.states[1] = 1;
    s.values[1] = 50;
    s.states[2] = 9;
    for i in 0..4 {
        match s.state(i) {
            State::Full => println!("slot {} = {}", i, s.values[i]),
            State::Empty => println!("slot {} empty", i),
        }
    }
}
