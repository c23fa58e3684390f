// A parser state machine that reaches a supposedly impossible state and calls unreachable!.

enum State {
    Start,
    InNumber(u32),
    AfterNumber(u32),
    Done(u32),
}

fn step(s: State, c: char) -> State {
    match (s, c) {
        (State::Start, ' ') => State::Start,
        (State::Start, '0'..='9') => State::InNumber(c as u32 - '0' as u32),
        (State::InNumber(n), '0'..='9') => State::InNumber(n * 10 + (c as u32 - '0' as u32)),
        (State::InNumber(n), ' ') => State::AfterNumber(n),
        (State::InNumber(n), ';') | (State::AfterNumber(n), ';') => State::Done(n),
        (State::AfterNumber(n), ' ') => State::AfterNumber(n),
        (State::Done(n), _) => State::Done(n),
        (_, other) => unreachable!("unexpected character {:?} in input", other),
    }
}

fn parse(input: &[char]) -> u32 {
    let mut s = State::Start;
    for i in 0..input.len() {
        s = step(s, input[i]);
    }
    match s {
        State::Done(n) => n,
        _ => unreachable!(),
    }
}

fn main() {
    println!("{}", parse(&[' ', '4', '2', ';']));
    println!("{}", parse(&['1', '2', '3', ' ', ' ', ';', 'x']));
    println!("{}", parse(&['7', ' ', '8', ';']));
}
