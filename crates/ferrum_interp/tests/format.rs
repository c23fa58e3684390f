//! Compiler-side formatting compared with the host's `format!` (Rust's
//! std is the reference): every value of a table is formatted with every
//! spec of a table, through the interpreter's renderer and through `format!`.

use ferrum_hir::hir::{Align, FormatTrait};
use ferrum_interp::testing::{render, FmtValue, Spec};

/// Parses `{:[[fill]align][sign][#][0][width][.precision][?|x?|X?|x|X|o|b|e|E]}`.
fn parse_spec(s: &str) -> Spec {
    let inner = s.strip_prefix('{').and_then(|s| s.strip_suffix('}')).expect("spec in braces");
    let mut spec = Spec::default();
    let Some(rest) = inner.strip_prefix(':') else {
        return spec;
    };
    let chars: Vec<char> = rest.chars().collect();
    let mut i = 0;
    let align_of = |c: char| match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        _ => None,
    };
    if chars.len() >= 2 && align_of(chars[1]).is_some() {
        spec.fill = chars[0];
        spec.align = align_of(chars[1]).unwrap();
        i = 2;
    } else if let Some(a) = chars.first().and_then(|&c| align_of(c)) {
        spec.align = a;
        i = 1;
    }
    if chars.get(i) == Some(&'+') {
        spec.plus = true;
        i += 1;
    } else if chars.get(i) == Some(&'-') {
        spec.minus = true;
        i += 1;
    }
    if chars.get(i) == Some(&'#') {
        spec.alternate = true;
        i += 1;
    }
    if chars.get(i) == Some(&'0') {
        spec.zero = true;
        i += 1;
    }
    let num = |i: &mut usize| {
        let start = *i;
        while chars.get(*i).is_some_and(|c| c.is_ascii_digit()) {
            *i += 1;
        }
        (start < *i).then(|| chars[start..*i].iter().collect::<String>().parse().unwrap())
    };
    spec.width = num(&mut i);
    if chars.get(i) == Some(&'.') {
        i += 1;
        spec.precision = num(&mut i);
    }
    let ty: String = chars[i..].iter().collect();
    spec.trait_ = match ty.as_str() {
        "" => FormatTrait::Display,
        "?" => FormatTrait::Debug,
        "x?" => {
            spec.debug_hex = Some(false);
            FormatTrait::Debug
        }
        "X?" => {
            spec.debug_hex = Some(true);
            FormatTrait::Debug
        }
        "x" => FormatTrait::LowerHex,
        "X" => FormatTrait::UpperHex,
        "o" => FormatTrait::Octal,
        "b" => FormatTrait::Binary,
        "e" => FormatTrait::LowerExp,
        "E" => FormatTrait::UpperExp,
        t => panic!("unknown format type {t}"),
    };
    spec
}

/// Values that convert to the interpreter's [`FmtValue`].
trait ToFmt {
    fn to_fmt(&self) -> FmtValue;
}

macro_rules! int_to_fmt {
    ($($t:ty, $u:ty, $signed:expr);*) => {$(
        impl ToFmt for $t {
            fn to_fmt(&self) -> FmtValue {
                FmtValue::Int { bits: *self as $u as u128, size: std::mem::size_of::<$t>() as u8, signed: $signed }
            }
        }
    )*};
}

int_to_fmt!(i8, u8, true; i16, u16, true; i32, u32, true; i64, u64, true; i128, u128, true; isize, usize, true;
    u8, u8, false; u16, u16, false; u32, u32, false; u64, u64, false; u128, u128, false; usize, usize, false);

impl ToFmt for f32 {
    fn to_fmt(&self) -> FmtValue {
        FmtValue::F32(*self)
    }
}
impl ToFmt for f64 {
    fn to_fmt(&self) -> FmtValue {
        FmtValue::F64(*self)
    }
}
impl ToFmt for bool {
    fn to_fmt(&self) -> FmtValue {
        FmtValue::Bool(*self)
    }
}
impl ToFmt for char {
    fn to_fmt(&self) -> FmtValue {
        FmtValue::Char(*self)
    }
}
impl ToFmt for &str {
    fn to_fmt(&self) -> FmtValue {
        FmtValue::Ref(0, Box::new(FmtValue::Str(self.to_string())))
    }
}
impl ToFmt for () {
    fn to_fmt(&self) -> FmtValue {
        FmtValue::Unit
    }
}
impl<A: ToFmt> ToFmt for (A,) {
    fn to_fmt(&self) -> FmtValue {
        FmtValue::Tuple(vec![self.0.to_fmt()])
    }
}
impl<A: ToFmt, B: ToFmt> ToFmt for (A, B) {
    fn to_fmt(&self) -> FmtValue {
        FmtValue::Tuple(vec![self.0.to_fmt(), self.1.to_fmt()])
    }
}
impl<A: ToFmt, B: ToFmt, C: ToFmt> ToFmt for (A, B, C) {
    fn to_fmt(&self) -> FmtValue {
        FmtValue::Tuple(vec![self.0.to_fmt(), self.1.to_fmt(), self.2.to_fmt()])
    }
}
impl<T: ToFmt, const N: usize> ToFmt for [T; N] {
    fn to_fmt(&self) -> FmtValue {
        FmtValue::List(self.iter().map(ToFmt::to_fmt).collect())
    }
}

#[derive(Debug)]
struct Point {
    x: i32,
    y: f64,
}

#[derive(Debug)]
#[allow(dead_code)]
enum Shape {
    Circle(f64),
    Rect { w: u8, h: u8 },
    Empty,
    Pair(i8, char),
}

#[derive(Debug)]
struct Unit;

#[derive(Debug)]
struct Wrapper(Point, [u8; 2]);

impl ToFmt for Point {
    fn to_fmt(&self) -> FmtValue {
        FmtValue::Struct {
            name: "Point".into(),
            fields: vec![("x".into(), self.x.to_fmt()), ("y".into(), self.y.to_fmt())],
        }
    }
}
impl ToFmt for Shape {
    fn to_fmt(&self) -> FmtValue {
        match self {
            Shape::Circle(r) => FmtValue::TupleStruct { name: "Circle".into(), fields: vec![r.to_fmt()] },
            Shape::Rect { w, h } => FmtValue::Struct {
                name: "Rect".into(),
                fields: vec![("w".into(), w.to_fmt()), ("h".into(), h.to_fmt())],
            },
            Shape::Empty => FmtValue::UnitStruct("Empty".into()),
            Shape::Pair(a, b) => FmtValue::TupleStruct { name: "Pair".into(), fields: vec![a.to_fmt(), b.to_fmt()] },
        }
    }
}
impl ToFmt for Unit {
    fn to_fmt(&self) -> FmtValue {
        FmtValue::UnitStruct("Unit".into())
    }
}
impl ToFmt for Wrapper {
    fn to_fmt(&self) -> FmtValue {
        FmtValue::TupleStruct { name: "Wrapper".into(), fields: vec![self.0.to_fmt(), self.1.to_fmt()] }
    }
}

/// Formats `$v` with each spec through both paths; records mismatches.
macro_rules! check {
    ($failures:expr, $count:expr, $v:expr; $($spec:literal),* $(,)?) => {{
        let v = &$v;
        let fv = v.to_fmt();
        $(
            let expected = format!($spec, v);
            let mut got = String::new();
            let spec = parse_spec($spec);
            match render(&mut got, &fv, &spec) {
                Ok(()) if got == expected => {}
                Ok(()) => $failures.push(format!("{} of {:?}: expected {:?}, got {:?}", $spec, fv, expected, got)),
                Err(e) => $failures.push(format!("{} of {:?}: expected {:?}, error {e}", $spec, fv, expected)),
            }
            $count += 1;
        )*
    }};
}

macro_rules! int_specs {
    ($f:expr, $c:expr, $v:expr) => {
        check!($f, $c, $v; "{}", "{:5}", "{:<5}", "{:^6}", "{:>7}", "{:05}", "{:+}", "{:+06}", "{:-^9}", "{:*<4}",
            "{:x}", "{:X}", "{:#x}", "{:#X}", "{:#010x}", "{:010x}", "{:o}", "{:#o}", "{:b}", "{:#b}", "{:#012b}",
            "{:?}", "{:5?}", "{:<5?}", "{:x?}", "{:X?}", "{:#x?}", "{:+?}", "{:08?}", "{:e}", "{:E}", "{:.2e}",
            "{:10.1e}", "{:+e}", "{:.3}", "{:>+#8x}", "{:^#12b}", "{:0<5}", "{:1}", "{:40}", "{:#40o}")
    };
}

#[test]
fn integers_match_host() {
    let mut failures = Vec::new();
    let mut count = 0;
    macro_rules! each {
        ($($t:ty),*) => {$(
            for v in [<$t>::MIN, <$t>::MAX, 0 as $t, 1 as $t, 7 as $t, 100 as $t, <$t>::MAX / 3, <$t>::MIN / 2 + 1] {
                int_specs!(failures, count, v);
            }
        )*};
    }
    each!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);
    for v in [-1i32, -42, -100000, 123456789] {
        int_specs!(failures, count, v);
    }
    assert!(failures.is_empty(), "{} of {count} cases differ:\n{}", failures.len(), failures.join("\n"));
}

macro_rules! float_specs {
    ($f:expr, $c:expr, $v:expr) => {
        check!($f, $c, $v; "{}", "{:?}", "{:.0}", "{:.1}", "{:.3}", "{:.10}", "{:10.2}", "{:<10.2}", "{:^10}",
            "{:+}", "{:+.2}", "{:010.3}", "{:+010.3}", "{:010}", "{:e}", "{:E}", "{:.2e}", "{:12e}", "{:+.3E}",
            "{:012e}", "{:10?}", "{:.2?}", "{:08.3?}", "{:+?}", "{:*>9.1}", "{:#?}", "{:<7?}", "{:.20}", "{:3}")
    };
}

#[test]
fn floats_match_host() {
    let mut failures = Vec::new();
    let mut count = 0;
    let values64 = [
        0.0f64,
        -0.0,
        1.0,
        1.5,
        -2.25,
        0.1,
        0.3,
        2.5,
        -0.5,
        1e10,
        1e15,
        1e16,
        1e17,
        1e21,
        1e-4,
        1e-5,
        1e-7,
        123456.789,
        std::f64::consts::PI,
        f64::MAX,
        f64::MIN,
        f64::MIN_POSITIVE,
        f64::EPSILON,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        5e-324,
        0.125,
        99.995,
    ];
    for v in values64 {
        float_specs!(failures, count, v);
        float_specs!(failures, count, v as f32);
    }
    for v in [0.1f32, 16777216.0, f32::MAX, f32::MIN_POSITIVE, 0.2, 1.0 / 3.0] {
        float_specs!(failures, count, v);
    }
    assert!(failures.is_empty(), "{} of {count} cases differ:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn strings_chars_bools_match_host() {
    let mut failures = Vec::new();
    let mut count = 0;
    for s in [
        "",
        "abc",
        "héllo wörld",
        "tab\there",
        "quote\"d",
        "it's",
        "\u{1F600}",
        "new\nline",
        "back\\slash",
        "\0\u{7f}\u{200b}",
        "\u{301}e",
    ] {
        check!(failures, count, s; "{}", "{:10}", "{:>10}", "{:^10}", "{:*<8}", "{:.2}", "{:10.3}", "{:^7.1}", "{:?}", "{:10?}", "{:.0}", "{:-^3}");
    }
    for c in ['a', '\n', '\'', '"', 'é', '\u{7f}', '\0', '\u{1F600}', '\\', '\t', '\u{301}', ' '] {
        check!(failures, count, c; "{}", "{:5}", "{:>5}", "{:^5}", "{:?}", "{:.0}", "{:*<3}", "{:5?}");
    }
    for b in [true, false] {
        check!(failures, count, b; "{}", "{:6}", "{:>6}", "{:^7}", "{:?}", "{:.2}", "{:<8?}", "{:_>6}");
    }
    assert!(failures.is_empty(), "{} of {count} cases differ:\n{}", failures.len(), failures.join("\n"));
}

macro_rules! debug_specs {
    ($f:expr, $c:expr, $v:expr) => {
        check!($f, $c, $v; "{:?}", "{:#?}", "{:5?}", "{:x?}", "{:#x?}", "{:X?}", "{:.1?}", "{:<4?}", "{:08.2?}", "{:+?}")
    };
}

#[test]
fn composites_match_host() {
    let mut failures = Vec::new();
    let mut count = 0;
    debug_specs!(failures, count, (1, "two", '3'));
    debug_specs!(failures, count, (4.0, true));
    debug_specs!(failures, count, ());
    debug_specs!(failures, count, (5,));
    debug_specs!(failures, count, ((1, 2), (3, (4, 5)), [6, 7]));
    debug_specs!(failures, count, [1u8, 2, 3, 4]);
    debug_specs!(failures, count, [[0i32; 3]; 2]);
    debug_specs!(failures, count, [1, 22, 333]);
    debug_specs!(failures, count, [1.0, -0.5, 1e10, 0.1]);
    debug_specs!(failures, count, ['a', '\n', '\'']);
    debug_specs!(failures, count, ["plain", "quote\"d", "new\nline"]);
    debug_specs!(failures, count, [(1, 2.5), (3, -4.0)]);
    debug_specs!(failures, count, [(); 2]);
    let empty: [i32; 0] = [];
    debug_specs!(failures, count, empty);
    debug_specs!(failures, count, Point { x: -3, y: 2.5 });
    debug_specs!(failures, count, Shape::Circle(1.5));
    debug_specs!(failures, count, Shape::Rect { w: 3, h: 255 });
    debug_specs!(failures, count, Shape::Empty);
    debug_specs!(failures, count, Shape::Pair(-1, 'x'));
    debug_specs!(failures, count, Unit);
    debug_specs!(failures, count, Wrapper(Point { x: 1, y: 0.0 }, [7, 8]));
    debug_specs!(failures, count, [Shape::Empty, Shape::Circle(0.5)]);
    debug_specs!(failures, count, (Point { x: 1, y: 2.0 }, [Unit, Unit]));
    assert!(failures.is_empty(), "{} of {count} cases differ:\n{}", failures.len(), failures.join("\n"));
}
