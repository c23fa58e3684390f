//! The `float_to_digits` intrinsic's digit generation: the decimal digits
//! and exponent of a float, taken from the host's own (rustc-exact)
//! formatting; layout, sign and padding are the library's job.

/// Shortest round-trip digits.
const SHORTEST: u32 = 0;
/// Exactly `count` significant digits.
const EXACT_DIGITS: u32 = 1;

/// A float the host formats, for either width.
pub trait HostFloat: std::fmt::Display + std::fmt::LowerExp + Copy {
    fn magnitude(self) -> Self;
}

impl HostFloat for f32 {
    fn magnitude(self) -> f32 {
        self.abs()
    }
}

impl HostFloat for f64 {
    fn magnitude(self) -> f64 {
        self.abs()
    }
}

/// Digits `d1 d2 ...` (ASCII, no trailing zeros) and `exp` with
/// `|x| = 0.d1d2... * 10^exp`, for a finite non-zero `x`. Mode 2 rounds
/// at the `10^-count` place and gives no digits if that rounds to zero.
pub fn digits<F: HostFloat>(x: F, mode: u32, count: usize) -> (Vec<u8>, i32) {
    let x = x.magnitude();
    let (mut digits, exp) = match mode {
        SHORTEST => from_exp_form(&format!("{x:e}")),
        EXACT_DIGITS => from_exp_form(&format!("{:.*e}", count.max(1) - 1, x)),
        _ => from_fixed_form(&format!("{x:.count$}")),
    };
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, exp)
}

/// `d.ddde-7` to digits and exponent.
fn from_exp_form(s: &str) -> (Vec<u8>, i32) {
    let (mantissa, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    (digits, exp.parse::<i32>().unwrap_or(0) + 1)
}

/// `123.0045` to digits and exponent.
fn from_fixed_form(s: &str) -> (Vec<u8>, i32) {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if int != "0" {
        let digits = int.bytes().chain(frac.bytes()).collect();
        return (digits, int.len() as i32);
    }
    let zeros = frac.bytes().take_while(|&b| b == b'0').count();
    if zeros == frac.len() {
        return (Vec::new(), 0);
    }
    (frac.as_bytes()[zeros..].to_vec(), -(zeros as i32))
}

#[cfg(test)]
mod tests {
    use super::digits;

    #[test]
    fn shortest_exact_and_fixed() {
        assert_eq!(digits(0.1f64, 0, 0), (b"1".to_vec(), 0));
        assert_eq!(digits(123.456f64, 0, 0), (b"123456".to_vec(), 3));
        assert_eq!(digits(-1e-7f64, 0, 0), (b"1".to_vec(), -6));
        assert_eq!(digits(0.1f32, 0, 0), (b"1".to_vec(), 0));
        assert_eq!(digits(2.5f64, 1, 3), (b"25".to_vec(), 1));
        assert_eq!(digits(0.9996f64, 2, 3), (b"1".to_vec(), 1));
        assert_eq!(digits(0.0004f64, 2, 3), (Vec::new(), 0));
        assert_eq!(digits(0.0012f64, 2, 4), (b"12".to_vec(), -2));
    }
}
