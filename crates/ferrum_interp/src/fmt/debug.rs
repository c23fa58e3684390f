//! `{:?}` and `{:#?}` of tuples, lists and derived structs/enums, as
//! `core::fmt::builders` print them: `(1, "a")`, `[1, 2]`, `S { a: 1 }`,
//! `V(1,)`-free tuple structs, and the pretty form with 4-space
//! indentation and trailing commas. Every element is formatted with the
//! caller's spec (width, precision, flags apply to the leaves).

use super::spec::{pad, Spec};
use super::{render, FmtValue};

/// Indents every line of `s` by four spaces (the builders' `PadAdapter`).
fn indent(out: &mut String, s: &str) {
    for line in s.split_inclusive('\n') {
        out.push_str("    ");
        out.push_str(line);
    }
}

fn render_to_string(spec: &Spec, v: &FmtValue) -> Result<String, String> {
    let mut s = String::new();
    render(&mut s, v, spec)?;
    Ok(s)
}

/// `debug_tuple(name)`: `name(a, b)`, a lone unnamed field gets a comma.
pub fn debug_tuple(out: &mut String, spec: &Spec, name: &str, fields: &[FmtValue]) -> Result<(), String> {
    out.push_str(name);
    if fields.is_empty() {
        return Ok(());
    }
    if spec.alternate {
        out.push_str("(\n");
        for f in fields {
            let s = render_to_string(spec, f)?;
            indent(out, &(s + ",\n"));
        }
    } else {
        for (i, f) in fields.iter().enumerate() {
            out.push_str(if i == 0 { "(" } else { ", " });
            render(out, f, spec)?;
        }
        if fields.len() == 1 && name.is_empty() {
            out.push(',');
        }
    }
    out.push(')');
    Ok(())
}

/// `debug_list`: `[a, b]`.
pub fn debug_list(out: &mut String, spec: &Spec, items: &[FmtValue]) -> Result<(), String> {
    out.push('[');
    if spec.alternate {
        if !items.is_empty() {
            out.push('\n');
        }
        for item in items {
            let s = render_to_string(spec, item)?;
            indent(out, &(s + ",\n"));
        }
    } else {
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            render(out, item, spec)?;
        }
    }
    out.push(']');
    Ok(())
}

/// `debug_struct(name)`: `Name { a: 1, b: 2 }`.
pub fn debug_struct(out: &mut String, spec: &Spec, name: &str, fields: &[(String, FmtValue)]) -> Result<(), String> {
    out.push_str(name);
    if fields.is_empty() {
        return Ok(());
    }
    if spec.alternate {
        out.push_str(" {\n");
        for (n, v) in fields {
            let s = render_to_string(spec, v)?;
            indent(out, &format!("{n}: {s},\n"));
        }
        out.push('}');
    } else {
        for (i, (n, v)) in fields.iter().enumerate() {
            out.push_str(if i == 0 { " { " } else { ", " });
            out.push_str(n);
            out.push_str(": ");
            render(out, v, spec)?;
        }
        out.push_str(" }");
    }
    Ok(())
}

/// `()` is padded like a string.
pub fn debug_unit(out: &mut String, spec: &Spec) {
    pad(out, spec, "()");
}
