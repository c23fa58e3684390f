//! Library formatting compared with the host's `format!` (Rust's std is
//! the reference): every value of a table is formatted with every spec of
//! a table by a generated program run through `ferrum run`, and each
//! printed case must equal the host's `format!` of the same value.

use std::fmt::Write as _;
use std::process::Command;

/// Generated program lines and the output each case must print.
#[derive(Default)]
struct Table {
    prelude: String,
    lines: Vec<String>,
    expected: Vec<String>,
}

impl Table {
    /// Adds `println!(spec, value_src)` expecting `expected`.
    fn case(&mut self, spec: &str, value_src: &str, expected: String) {
        self.lines.push(format!("    println!({spec:?}, {value_src});"));
        self.expected.push(expected);
    }

    /// Runs the program and lists the cases whose output differs.
    fn check(&self, name: &str) {
        let mut src = self.prelude.clone();
        // One function per 200 cases keeps each body small.
        let chunks: Vec<&[String]> = self.lines.chunks(200).collect();
        for (i, chunk) in chunks.iter().enumerate() {
            let _ = writeln!(src, "fn part{i}() {{");
            for (j, line) in chunk.iter().enumerate() {
                let _ = writeln!(src, "    println!(\"#{}\");", i * 200 + j);
                src.push_str(line);
                src.push('\n');
            }
            src.push_str("}\n");
        }
        src.push_str("fn main() {\n");
        for i in 0..chunks.len() {
            let _ = writeln!(src, "    part{i}();");
        }
        src.push_str("}\n");
        let dir = std::env::temp_dir().join(format!("ferrum-format-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join(format!("{name}.rs"));
        std::fs::write(&file, &src).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_ferrum")).arg("run").arg(&file).output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{name}: ferrum failed:\n{}", String::from_utf8_lossy(&out.stderr));
        let mut got: Vec<String> = Vec::new();
        for line in stdout.split_inclusive('\n') {
            if line.starts_with('#') && line[1..].trim_end().parse::<usize>().is_ok() {
                got.push(String::new());
            } else if let Some(last) = got.last_mut() {
                last.push_str(line);
            }
        }
        let mut failures = Vec::new();
        for (i, want) in self.expected.iter().enumerate() {
            let want = format!("{want}\n");
            let have = got.get(i).map_or("<missing>", |s| s.as_str());
            if have != want {
                failures.push(format!("{}: expected {want:?}, got {have:?}", self.lines[i].trim()));
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
        assert!(
            failures.is_empty(),
            "{} of {} cases differ:\n{}",
            failures.len(),
            self.expected.len(),
            failures.join("\n")
        );
    }
}

/// Formats `$v` (whose source text is `$src`) with each spec.
macro_rules! cases {
    ($table:expr, $v:expr, $src:expr; $($spec:literal),* $(,)?) => {{
        let v = &$v;
        $( $table.case($spec, &$src, format!($spec, v)); )*
    }};
}

macro_rules! int_specs {
    ($t:expr, $v:expr, $src:expr) => {
        cases!($t, $v, $src; "{}", "{:5}", "{:<5}", "{:^6}", "{:>7}", "{:05}", "{:+}", "{:+06}", "{:-^9}", "{:*<4}",
            "{:x}", "{:X}", "{:#x}", "{:#X}", "{:#010x}", "{:010x}", "{:o}", "{:#o}", "{:b}", "{:#b}", "{:#012b}",
            "{:?}", "{:5?}", "{:<5?}", "{:x?}", "{:X?}", "{:#x?}", "{:+?}", "{:08?}", "{:e}", "{:E}", "{:.2e}",
            "{:10.1e}", "{:+e}", "{:.3}", "{:>+#8x}", "{:^#12b}", "{:0<5}", "{:1}", "{:40}", "{:#40o}")
    };
}

#[test]
fn integers_match_host() {
    let mut t = Table::default();
    macro_rules! each {
        ($($ty:ident $u:ident),*) => {$(
            for v in [<$ty>::MIN, <$ty>::MAX, 0, 1, 7, 100, <$ty>::MAX / 3, <$ty>::MIN / 2 + 1] {
                // The bit pattern cast back, so every value is a plain literal.
                let src = format!("({}{} as {})", v as $u, stringify!($u), stringify!($ty));
                int_specs!(t, v, src);
            }
        )*};
    }
    each!(i8 u8, i16 u16, i32 u32, i64 u64, i128 u128, isize usize, u8 u8, u16 u16, u32 u32, u64 u64, u128 u128, usize usize);
    for v in [-1i32, -42, -100000, 123456789] {
        int_specs!(t, v, format!("({}u32 as i32)", v as u32));
    }
    t.check("integers");
}

macro_rules! float_specs {
    ($t:expr, $v:expr, $src:expr) => {
        cases!($t, $v, $src; "{}", "{:?}", "{:.0}", "{:.1}", "{:.3}", "{:.10}", "{:10.2}", "{:<10.2}", "{:^10}",
            "{:+}", "{:+.2}", "{:010.3}", "{:+010.3}", "{:010}", "{:e}", "{:E}", "{:.2e}", "{:12e}", "{:+.3E}",
            "{:012e}", "{:10?}", "{:.2?}", "{:08.3?}", "{:+?}", "{:*>9.1}", "{:#?}", "{:<7?}", "{:.20}", "{:3}")
    };
}

#[test]
fn floats_match_host() {
    let mut t = Table::default();
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
        float_specs!(t, v, format!("f64::from_bits({}u64)", v.to_bits()));
        let f = v as f32;
        float_specs!(t, f, format!("f32::from_bits({}u32)", f.to_bits()));
    }
    for v in [0.1f32, 16777216.0, f32::MAX, f32::MIN_POSITIVE, 0.2, 1.0 / 3.0] {
        float_specs!(t, v, format!("f32::from_bits({}u32)", v.to_bits()));
    }
    t.check("floats");
}

#[test]
fn strings_chars_bools_match_host() {
    let mut t = Table::default();
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
        cases!(t, s, format!("{s:?}"); "{}", "{:10}", "{:>10}", "{:^10}", "{:*<8}", "{:.2}", "{:10.3}", "{:^7.1}", "{:?}", "{:10?}", "{:.0}", "{:-^3}");
    }
    for c in ['a', '\n', '\'', '"', 'é', '\u{7f}', '\0', '\u{1F600}', '\\', '\t', '\u{301}', ' '] {
        cases!(t, c, format!("{c:?}"); "{}", "{:5}", "{:>5}", "{:^5}", "{:?}", "{:.0}", "{:*<3}", "{:5?}");
    }
    for b in [true, false] {
        cases!(t, b, format!("{b}"); "{}", "{:6}", "{:>6}", "{:^7}", "{:?}", "{:.2}", "{:<8?}", "{:_>6}");
    }
    t.check("strings");
}

const TYPES: &str = "#[derive(Debug)]
#[allow(dead_code)]
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
#[allow(dead_code)]
struct Wrapper(Point, [u8; 2]);
";

#[derive(Debug)]
#[allow(dead_code)]
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
#[allow(dead_code)]
struct Wrapper(Point, [u8; 2]);

macro_rules! debug_specs {
    ($t:expr, $v:expr) => {
        cases!($t, $v, stringify!($v); "{:?}", "{:#?}", "{:5?}", "{:x?}", "{:#x?}", "{:X?}", "{:.1?}", "{:<4?}", "{:08.2?}", "{:+?}")
    };
}

#[test]
fn composites_match_host() {
    let mut t = Table { prelude: TYPES.to_string(), ..Table::default() };
    debug_specs!(t, (1, "two", '3'));
    debug_specs!(t, (4.0, true));
    debug_specs!(t, ());
    debug_specs!(t, (5,));
    debug_specs!(t, ((1, 2), (3, (4, 5)), [6, 7]));
    debug_specs!(t, [1u8, 2, 3, 4]);
    debug_specs!(t, [[0i32; 3]; 2]);
    debug_specs!(t, [1, 22, 333]);
    debug_specs!(t, [1.0, -0.5, 1e10, 0.1]);
    debug_specs!(t, ['a', '\n', '\'']);
    debug_specs!(t, ["plain", "quote\"d", "new\nline"]);
    debug_specs!(t, [(1, 2.5), (3, -4.0)]);
    debug_specs!(t, [(); 2]);
    debug_specs!(t, [0i32; 0]);
    debug_specs!(t, Point { x: -3, y: 2.5 });
    debug_specs!(t, Shape::Circle(1.5));
    debug_specs!(t, Shape::Rect { w: 3, h: 255 });
    debug_specs!(t, Shape::Empty);
    debug_specs!(t, Shape::Pair(-1, 'x'));
    debug_specs!(t, Unit);
    debug_specs!(t, Wrapper(Point { x: 1, y: 0.0 }, [7, 8]));
    debug_specs!(t, [Shape::Empty, Shape::Circle(0.5)]);
    debug_specs!(t, (Point { x: 1, y: 2.0 }, [Unit, Unit]));
    t.check("composites");
}
