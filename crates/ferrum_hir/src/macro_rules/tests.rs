//! Matching and transcription on hand-lexed tokens.

use super::*;
use crate::hygiene::{Hygiene, Mark};
use crate::tokens::tokens_to_string_grouped;
use crate::transcribe::Transcriber;
use ferrum_span::FileId;
use ferrum_syntax::ast::{Lit, LitKind};

/// A tiny lexer for tests: identifiers, integers, strings, punctuation.
fn lex(src: &str) -> Vec<Token> {
    const PUNCT: &[&str] = &["=>", "::", "->", "..=", "..", "==", "<=", ">=", "&&", "||", "+=", "<<", ">>"];
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i] as char;
        let start = i;
        let kind = if c.is_whitespace() {
            i += 1;
            continue;
        } else if c.is_alphabetic() || c == '_' {
            while i < b.len() && ((b[i] as char).is_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            TokenKind::Ident(Symbol::intern(&src[start..i]))
        } else if c.is_ascii_digit() {
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            let v = src[start..i].parse().unwrap();
            TokenKind::Literal(Lit {
                kind: LitKind::Int(v),
                suffix: None,
                span: Span::new(FileId(0), start as u32, i as u32),
            })
        } else if c == '"' {
            i += 1;
            while b[i] != b'"' {
                i += 1;
            }
            i += 1;
            let s = Symbol::intern(&src[start + 1..i - 1]);
            TokenKind::Literal(Lit {
                kind: LitKind::Str(s),
                suffix: None,
                span: Span::new(FileId(0), start as u32, i as u32),
            })
        } else if let Some(d) = match c {
            '(' => Some((true, Delim::Paren)),
            '[' => Some((true, Delim::Bracket)),
            '{' => Some((true, Delim::Brace)),
            ')' => Some((false, Delim::Paren)),
            ']' => Some((false, Delim::Bracket)),
            '}' => Some((false, Delim::Brace)),
            _ => None,
        } {
            i += 1;
            if d.0 {
                TokenKind::OpenDelim(d.1)
            } else {
                TokenKind::CloseDelim(d.1)
            }
        } else {
            let p = PUNCT.iter().find(|p| src[i..].starts_with(**p)).copied();
            let p: &'static str = match p {
                Some(p) => p,
                None => Box::leak(c.to_string().into_boxed_str()),
            };
            i += p.len();
            TokenKind::Punct(p)
        };
        out.push(Token { kind, span: Span::new(FileId(0), start as u32, i as u32) });
    }
    out
}

/// Defines a macro from `def` (the body of `macro_rules! m { ... }`),
/// calls it with `args`, and prints the expansion or the error.
fn expand(def: &str, args: &str) -> String {
    let mut hygiene = Hygiene::new();
    let mut diags = Diagnostics::default();
    let plain = |s: Symbol| s;
    let mac = parse_macro_rules(Symbol::intern("m"), &lex(def), CrateKind::User, &plain, &mut diags);
    if let Some(d) = diags.list.first() {
        return format!("definition error: {}", d.message);
    }
    let input = trees(&lex(args));
    let mut cx = MatchCx::new(&plain);
    for rule in &mac.rules {
        if let Some(binds) = cx.match_all(&rule.matcher, &input, Span::DUMMY) {
            let mark = hygiene.new_mark(Mark::ROOT, CrateKind::User);
            let mut t =
                Transcriber { hygiene: &mut hygiene, mark, call_site: Span::new(FileId(1), 0, 0), binds: &binds };
            return match t.run(&rule.body) {
                Ok(tokens) => {
                    let h = &hygiene;
                    let show = |s: Symbol| {
                        if h.mark_of(s) == Mark::ROOT {
                            s
                        } else {
                            Symbol::intern(&format!("{}'", h.strip(s)))
                        }
                    };
                    tokens_to_string_grouped(&tokens, &show)
                }
                Err(d) => format!("error: {}", d.message),
            };
        }
    }
    format!("error: {}", no_match_error(mac.name, &cx, Span::DUMMY).message)
}

#[test]
fn simple_rules_in_order() {
    let def = "() => { 0 }; ($e:expr) => { 1 + $e }; ($a:expr, $b:expr) => { $a * $b };";
    assert_eq!(expand(def, ""), "0");
    assert_eq!(expand(def, "x + 1"), "1 + (x + 1)");
    assert_eq!(expand(def, "f(a, b), 3"), "(f(a, b)) * 3");
}

#[test]
fn repetitions() {
    let def = "($($t:ident)*) => { $(impl Foo for $t {})* };";
    assert_eq!(expand(def, "i8 u8"), "impl Foo' for i8 {} impl Foo' for u8 {}");
    let def = "($($k:expr => $v:expr),* $(,)?) => { [$(($k, $v)),*] };";
    assert_eq!(expand(def, "1 => 2, 3 => 4,"), "[(1, 2), (3, 4)]");
    let def = "($($x:expr),+) => { 0 $(+ $x)+ };";
    assert_eq!(expand(def, "a, b, c"), "0 + a + b + c");
    let def = "($($name:ident: $($v:literal)*);*) => { $($name($($v),*));* };";
    assert_eq!(expand(def, "f: 1 2; g: ; h: 3"), "f(1, 2); g(); h(3)");
}

#[test]
fn fragments() {
    let def = "($t:ty, $p:pat) => { let $p: $t = 0; };";
    assert_eq!(expand(def, "HashMap<K, V>, Some(x) | None"), "let Some(x) | None: HashMap<K, V> = 0;");
    let def = "(|$a:ident| $body:expr) => { $body };";
    assert_eq!(expand(def, "|x| x + 1"), "(x + 1)");
    let def = "($e:expr) => { $e };";
    assert_eq!(expand(def, "|a, b| a + b"), "(|a, b| a + b)");
    assert_eq!(expand(def, "foo::<A, B>(x)"), "(foo::<A, B>(x))");
    let def = "($v:vis fn $name:ident) => { $v fn $name() {} };";
    assert_eq!(expand(def, "pub fn f"), "pub fn f() {}");
    assert_eq!(expand(def, "fn g"), "fn g() {}");
    let def = "($($i:item)*) => { $($i)* };";
    assert_eq!(expand(def, "use a::{b, c}; fn f() {} struct S;"), "use a::{b, c}; fn f() {} struct S;");
    let def = "($p:path) => { $p::new() };";
    assert_eq!(expand(def, "std::vec::Vec<T>"), "std::vec::Vec<T>::new'()");
}

#[test]
fn errors() {
    let def = "(a) => {};";
    assert_eq!(expand(def, "b"), "error: no rules expected `b`");
    assert_eq!(expand(def, ""), "error: unexpected end of macro invocation");
    let def = "($($a:ident)*; $($b:ident)*) => { $(($a $b))* };";
    assert_eq!(expand(def, "x y; z"), "error: meta-variable `a` repeats 2 times, but `b` repeats 1 times");
    let def = "($($a:ident)*) => { $a };";
    assert_eq!(expand(def, "x"), "error: variable `a` is still repeating at this depth");
    assert_eq!(expand("($x:foo) => {};", ""), "definition error: invalid fragment specifier `foo`");
    assert_eq!(expand("($x) => {};", ""), "definition error: missing fragment specifier");
}

#[test]
fn crate_and_unknown_vars() {
    let def = "() => { $crate::f($y) };";
    assert_eq!(expand(def, ""), "$crate'::f'($y')");
}
