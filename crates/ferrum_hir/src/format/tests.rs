//! Unit tests of the format-string parser, as compact snapshots.

use super::*;
use crate::strmap::source_offsets;
use expect_test::{expect, Expect};

fn show(s: &str) -> String {
    match parse(s) {
        Err(e) => format!("error {:?}: {} ({})", e.range, e.message, e.label),
        Ok(pieces) => pieces
            .iter()
            .map(|p| match p {
                RawPiece::Lit(l) => format!("{l:?}"),
                RawPiece::Arg(a) => {
                    let s = &a.spec;
                    let mut out = format!("{{{:?}", a.arg);
                    if s.fill != ' ' {
                        out += &format!(" fill={:?}", s.fill);
                    }
                    if s.align != Align::Unknown {
                        out += &format!(" {:?}", s.align);
                    }
                    for (flag, name) in [(s.sign_plus, "+"), (s.sign_minus, "-"), (s.alternate, "#"), (s.zero_pad, "0")]
                    {
                        if flag {
                            out += &format!(" {name}");
                        }
                    }
                    if s.width != RawCount::Implied {
                        out += &format!(" w={:?}", s.width);
                    }
                    if s.precision != RawCount::Implied {
                        out += &format!(" p={:?}", s.precision);
                    }
                    if s.trait_ != FormatTrait::Display {
                        out += &format!(" {:?}", s.trait_);
                    }
                    if let Some(h) = s.debug_hex {
                        out += &format!(" hex_upper={h}");
                    }
                    out + "}"
                }
            })
            .collect::<Vec<_>>()
            .join(" "),
    }
}

fn check(s: &str, expect: Expect) {
    expect.assert_eq(&show(s));
}

#[test]
fn literals_and_escapes() {
    check("a{{b}}c", expect![[r#""a{b}c""#]]);
    check("", expect![""]);
}

#[test]
fn positions() {
    check("{} {} {0} {name}", expect![[r#"{Next(0)} " " {Next(1)} " " {Index(0)} " " {Name("name")}"#]]);
    check("{ }", expect!["{Next(0)}"]);
}

#[test]
fn specs() {
    check("{:*^10}", expect!["{Next(0) fill='*' Center w=Is(10)}"]);
    check("{:+#010.3e}", expect!["{Next(0) + # 0 w=Is(10) p=Is(3) LowerExp}"]);
    check("{:#x?}{:X?}", expect!["{Next(0) # Debug hex_upper=false} {Next(1) Debug hex_upper=true}"]);
    check(
        "{:1$} {:.*} {:w$.p$}",
        expect![[
            r#"{Next(0) w=Arg(Index(1))} " " {Next(2) p=Arg(Next(1))} " " {Next(3) w=Arg(Name("w")) p=Arg(Name("p"))}"#
        ]],
    );
    check("{0:0$}", expect!["{Index(0) w=Arg(Index(0))}"]);
    check("{:-<5}", expect!["{Next(0) fill='-' Left w=Is(5)}"]);
    check("{:x}{:o}{:b}{:E}", expect!["{Next(0) LowerHex} {Next(1) Octal} {Next(2) Binary} {Next(3) UpperExp}"]);
    check("{:.}", expect!["{Next(0)}"]);
}

#[test]
fn errors() {
    check(
        "{",
        expect![
            "error 1..2: invalid format string: expected `}` but string was terminated (expected `}` in format string)"
        ],
    );
    check("}", expect!["error 0..1: invalid format string: unmatched `}` found (unmatched `}` in format string)"]);
    check(
        "{x y}",
        expect!["error 3..4: invalid format string: expected `}`, found `y` (expected `}` in format string)"],
    );
    check("{:y}", expect!["error 2..3: unknown format trait `y` ()"]);
    check(
        "{_}",
        expect![
            "error 1..2: invalid format string: invalid argument name `_` (invalid argument name in format string)"
        ],
    );
}

#[test]
fn source_offsets_follow_escapes() {
    let offs = source_offsets(r#""a\n{}""#, "a\n{}").unwrap();
    assert_eq!(offs, vec![1, 2, 4, 5, 6]);
    let raw = source_offsets(r##"r#"{x}"#"##, "{x}").unwrap();
    assert_eq!(raw, vec![3, 4, 5, 6]);
    assert!(source_offsets(r#""ab""#, "xy").is_none());
    let cont = source_offsets("\"a\\\n   b\"", "ab").unwrap();
    assert_eq!(cont, vec![1, 7, 8]);
}
