// `assert_eq!` with a custom message prints both values with `{:?}`.
#[derive(Debug, PartialEq)]
enum State {
    Idle,
    Busy { job: u32 },
}

fn main() {
    let a = State::Busy { job: 7 };
    assert_eq!(State::Idle, State::Idle, "idle states match");
    println!("checked");
    assert_eq!(a, State::Busy { job: 8 }, "job {} mismatch", 7);
}
