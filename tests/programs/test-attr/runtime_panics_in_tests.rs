// Tests that fail through runtime panics: overflow, bounds, division by zero, explicit panics.

struct Ring {
    items: [u32; 4],
    head: usize,
}

impl Ring {
    fn get(&self, offset: usize) -> u32 {
        self.items[self.head + offset]
    }
}

fn mean(values: &[u32]) -> u32 {
    let mut total: u32 = 0;
    for i in 0..values.len() {
        total += values[i];
    }
    total / values.len() as u32
}

fn parse_digit(c: char) -> u32 {
    match c {
        '0'..='9' => c as u32 - '0' as u32,
        _ => panic!("not a digit: {:?}", c),
    }
}

#[test]
fn ring_wraps_correctly() {
    let r = Ring { items: [1, 2, 3, 4], head: 2 };
    assert_eq!(r.get(1), 4);
    assert_eq!(r.get(2), 1);
}

#[test]
fn mean_of_values() {
    assert_eq!(mean(&[2, 4, 6]), 4);
}

#[test]
fn mean_of_nothing() {
    assert_eq!(mean(&[]), 0);
}

#[test]
fn mean_of_large_values() {
    assert_eq!(mean(&[u32::MAX, 1]), u32::MAX / 2);
}

#[test]
fn digits_parse() {
    assert_eq!(parse_digit('7'), 7);
    assert_eq!(parse_digit('0'), 0);
}

#[test]
fn letters_do_not_parse() {
    let v = parse_digit('x');
    assert_eq!(v, 0);
}

#[test]
fn unreachable_branch() {
    let state = 3;
    match state {
        0..=2 => {}
        _ => unreachable!("state {} should never happen", state),
    }
}

#[test]
fn checked_unwrap() {
    let v: u8 = 250;
    assert_eq!(v.checked_add(5).unwrap(), 255);
    assert_eq!(v.checked_add(6).unwrap(), 0);
}
