//! Compiler-side formatting (`Callee::Format`): `println!`, `eprint!`,
//! `panic!` and friends, until formatting moves into the library.
//!
//! Arguments are read from memory into [`FmtValue`] trees (checked loads,
//! so formatting uninitialised memory is reported), then rendered with
//! rustc-exact output: the host's own formatting supplies digits and
//! escapes, [`spec`] reproduces `Formatter`'s padding rules.

pub mod debug;
pub mod float;
pub mod int;
pub mod spec;
pub mod str;
pub mod tyname;

use crate::code::{Code, FormatInfo, OpRef, Pc};
use crate::machine::Machine;
use crate::place::{Fx, Loc};
use crate::ub::{ub, Res, Stop, UbKind};
use ferrum_hir::hir::{Count, DefKind, FormatKind, FormatPiece, FormatSpec, FormatTrait, VariantShape};
use ferrum_ty::ty::{FloatTy, Ty, TyKind};
use spec::Spec;

/// A value read from memory, ready to format.
#[derive(Clone, Debug, PartialEq)]
pub enum FmtValue {
    Int {
        bits: u128,
        size: u8,
        signed: bool,
    },
    F32(f32),
    F64(f64),
    Bool(bool),
    Char(char),
    Str(String),
    Unit,
    Tuple(Vec<FmtValue>),
    List(Vec<FmtValue>),
    /// A raw pointer's address.
    Ptr(u64),
    /// A reference: formats as its pointee.
    Ref(u64, Box<FmtValue>),
    Struct {
        name: String,
        fields: Vec<(String, FmtValue)>,
    },
    TupleStruct {
        name: String,
        fields: Vec<FmtValue>,
    },
    UnitStruct(String),
    /// A value this formatter cannot print; the message says why.
    Opaque(String),
}

/// Renders `v` with `spec` (appending to `out`).
pub fn render(out: &mut String, v: &FmtValue, spec: &Spec) -> Result<(), String> {
    use FormatTrait::*;
    let t = spec.trait_;
    match v {
        FmtValue::Ref(_, inner) => render(out, inner, spec),
        FmtValue::Int { bits, size, signed } => {
            int::fmt_int(out, spec, *bits, *size as usize, *signed);
            Ok(())
        }
        FmtValue::F32(f) if matches!(t, Display | Debug | LowerExp | UpperExp) => {
            float::fmt_float(out, spec, *f);
            Ok(())
        }
        FmtValue::F64(f) if matches!(t, Display | Debug | LowerExp | UpperExp) => {
            float::fmt_float(out, spec, *f);
            Ok(())
        }
        FmtValue::Bool(b) if matches!(t, Display | Debug) => {
            str::fmt_bool(out, spec, *b);
            Ok(())
        }
        FmtValue::Char(c) if matches!(t, Display | Debug) => {
            str::fmt_char(out, spec, *c);
            Ok(())
        }
        FmtValue::Str(s) if matches!(t, Display | Debug) => {
            str::fmt_str(out, spec, s);
            Ok(())
        }
        FmtValue::Unit if t == Debug => {
            debug::debug_unit(out, spec);
            Ok(())
        }
        FmtValue::Tuple(fields) if t == Debug => debug::debug_tuple(out, spec, "", fields),
        FmtValue::List(items) if t == Debug => debug::debug_list(out, spec, items),
        FmtValue::Ptr(addr) if matches!(t, Debug | LowerHex) => {
            fmt_pointer(out, spec, *addr);
            Ok(())
        }
        FmtValue::Struct { name, fields } if t == Debug => debug::debug_struct(out, spec, name, fields),
        FmtValue::TupleStruct { name, fields } if t == Debug => debug::debug_tuple(out, spec, name, fields),
        FmtValue::UnitStruct(name) if t == Debug => {
            out.push_str(name);
            Ok(())
        }
        FmtValue::Opaque(msg) => Err(msg.clone()),
        _ => Err(format!("this value cannot be formatted with `{t:?}`")),
    }
}

/// `fmt::Pointer`: `0x` and the address in hex; `#` pads to 18 characters.
fn fmt_pointer(out: &mut String, spec: &Spec, addr: u64) {
    let mut s = *spec;
    if s.alternate {
        s.zero = true;
        if s.width.is_none() {
            s.width = Some(18);
        }
    }
    s.alternate = true;
    s.trait_ = FormatTrait::LowerHex;
    s.debug_hex = None;
    int::fmt_int(out, &s, addr as u128, 8, false);
}

impl Machine<'_> {
    pub fn exec_format(&mut self, fx: Fx, code: &Code, info: &FormatInfo, args: &[OpRef], pc: Pc) -> Res<()> {
        let mut values: Vec<Option<FmtValue>> = vec![None; args.len()];
        let mut out = String::new();
        for piece in &info.pieces {
            match piece {
                FormatPiece::Lit(s) => out.push_str(s),
                FormatPiece::Arg { arg, spec } => {
                    let spec = self.resolve_spec(fx, code, info, args, spec)?;
                    if values.get(*arg).is_some_and(|v| v.is_none()) {
                        values[*arg] = Some(self.format_arg(fx, code, info, args, *arg)?);
                    }
                    let v = values.get(*arg).and_then(|v| v.as_ref()).ok_or_else(|| {
                        Stop::error(format!("format argument {arg} is missing ({} given)", args.len()))
                    })?;
                    render(&mut out, v, &spec).map_err(Stop::error)?;
                }
            }
        }
        match info.kind {
            FormatKind::Print { stderr, newline } => {
                if newline {
                    out.push('\n');
                }
                self.write_fd(if stderr { 2 } else { 1 }, out.as_bytes());
                Ok(())
            }
            FormatKind::Panic => Err(self.panic(&out, code.span(pc))),
        }
    }

    fn resolve_spec(&mut self, fx: Fx, code: &Code, info: &FormatInfo, args: &[OpRef], s: &FormatSpec) -> Res<Spec> {
        let mut count = |c: Count| -> Res<Option<usize>> {
            Ok(match c {
                Count::Is(n) => Some(n),
                Count::Implied => None,
                Count::Arg(i) => match self.format_arg(fx, code, info, args, i)? {
                    FmtValue::Ref(_, v) => match *v {
                        FmtValue::Int { bits, .. } => Some(bits as usize),
                        _ => return Err(Stop::error("width or precision argument is not a usize")),
                    },
                    FmtValue::Int { bits, .. } => Some(bits as usize),
                    _ => return Err(Stop::error("width or precision argument is not a usize")),
                },
            })
        };
        Ok(Spec {
            fill: s.fill,
            align: s.align,
            plus: s.sign_plus,
            minus: s.sign_minus,
            alternate: s.alternate,
            zero: s.zero_pad,
            width: count(s.width)?,
            precision: count(s.precision)?,
            trait_: s.trait_,
            debug_hex: s.debug_hex,
        })
    }

    /// Reads argument `i` (a `&T`) into a value.
    fn format_arg(&mut self, fx: Fx, code: &Code, info: &FormatInfo, args: &[OpRef], i: usize) -> Res<FmtValue> {
        let (Some(&op), Some(&ty)) = (args.get(i), info.arg_tys.get(i)) else {
            return Err(Stop::error(format!("format argument {i} is missing")));
        };
        let p = self.read_op_ptr(fx, code, op)?;
        let meta = if self.layouts.is_wide_pointee(ty) { (self.read_op(fx, code, op, 16)? >> 64) as u64 } else { 0 };
        self.fmt_value(Loc::Mem(p), ty, meta, 0)
    }

    /// Reads a value of type `ty` at `loc` for formatting.
    pub fn fmt_value(&mut self, loc: Loc, ty: Ty, meta: u64, depth: u32) -> Res<FmtValue> {
        if depth > 64 {
            return Ok(FmtValue::Opaque("value nested too deeply to format".into()));
        }
        let layout = self.layout(ty).map_err(|e| Stop::error(format!("layout error while formatting: {e:?}")))?;
        Ok(match self.tcx.kind(ty) {
            TyKind::Int(i) => {
                let size = (i.bits(64) / 8) as usize;
                FmtValue::Int { bits: self.load(loc, size, 1)?, size: size as u8, signed: true }
            }
            TyKind::Uint(u) => {
                let size = (u.bits(64) / 8) as usize;
                FmtValue::Int { bits: self.load(loc, size, 1)?, size: size as u8, signed: false }
            }
            TyKind::Float(FloatTy::F32) => FmtValue::F32(f32::from_bits(self.load(loc, 4, 1)? as u32)),
            TyKind::Float(FloatTy::F64) => FmtValue::F64(f64::from_bits(self.load(loc, 8, 1)? as u64)),
            TyKind::Bool => match self.load(loc, 1, 1)? {
                0 => FmtValue::Bool(false),
                1 => FmtValue::Bool(true),
                v => return ub(UbKind::InvalidValue, format!("formatting an invalid bool: {v:#x}")),
            },
            TyKind::Char => {
                let v = self.load(loc, 4, 1)? as u32;
                match char::from_u32(v) {
                    Some(c) => FmtValue::Char(c),
                    None => return ub(UbKind::InvalidValue, format!("formatting an invalid char: {v:#x}")),
                }
            }
            TyKind::Str => {
                let Loc::Mem(p) = loc else {
                    return Err(Stop::error("str outside memory"));
                };
                let bytes = self.read_mem(p, meta)?;
                match String::from_utf8(bytes) {
                    Ok(s) => FmtValue::Str(s),
                    Err(_) => return ub(UbKind::InvalidValue, "formatting a str that is not valid UTF-8"),
                }
            }
            TyKind::Tuple(tys) if tys.is_empty() => FmtValue::Unit,
            TyKind::Tuple(tys) => {
                let mut fields = Vec::new();
                for (i, &t) in tys.iter().enumerate() {
                    let off = layout.field_offset(None, i as u32);
                    fields.push(self.fmt_value(loc.offset(off), t, 0, depth + 1)?);
                }
                FmtValue::Tuple(fields)
            }
            TyKind::Array(e, n) => self.fmt_list(loc, e, n, depth)?,
            TyKind::Slice(e) => self.fmt_list(loc, e, meta, depth)?,
            TyKind::Ref(t, _) => {
                let p = self.load_ptr(loc)?;
                let m = if self.layouts.is_wide_pointee(t) { self.load(loc.offset(8), 8, 1)? as u64 } else { 0 };
                FmtValue::Ref(p.addr, Box::new(self.fmt_value(Loc::Mem(p), t, m, depth + 1)?))
            }
            TyKind::RawPtr(..) | TyKind::FnPtr(_) => FmtValue::Ptr(self.load(loc, 8, 1)? as u64),
            TyKind::Adt(def, _) => self.fmt_adt(loc, ty, def, &layout, depth)?,
            _ => FmtValue::Opaque(format!("formatting a value of type `{}` is not supported", self.ty_name(ty))),
        })
    }

    fn fmt_list(&mut self, loc: Loc, elem: Ty, n: u64, depth: u32) -> Res<FmtValue> {
        let stride = self.layout(elem).map_err(|e| Stop::error(format!("layout error: {e:?}")))?.size;
        let mut items = Vec::with_capacity(n.min(1 << 16) as usize);
        for i in 0..n {
            items.push(self.fmt_value(loc.offset(i * stride), elem, 0, depth + 1)?);
        }
        Ok(FmtValue::List(items))
    }

    fn fmt_adt(
        &mut self,
        loc: Loc,
        ty: Ty,
        def: ferrum_hir::hir::DefId,
        layout: &ferrum_mir::layout::Layout,
        depth: u32,
    ) -> Res<FmtValue> {
        let krate = &self.prog.krate;
        if Some(def) == krate.lang_item("owned_box") {
            // `Box<T>` formats as its contents.
            let inner = self.layouts.field_tys(ty, 0);
            if let Some(&t) = inner.first() {
                return self.fmt_value(loc, t, 0, depth + 1);
            }
        }
        let d = &krate.defs[def];
        if !d.derives.iter().any(|(n, _)| n.as_str() == "Debug") {
            return Ok(FmtValue::Opaque(format!(
                "formatting `{}` is not supported yet (only `#[derive(Debug)]` types can be formatted before the library implements formatting)",
                self.ty_name(ty)
            )));
        }
        let Some(adt) = self.prog.items.adts.get(&def) else {
            return Ok(FmtValue::Opaque("unknown ADT".into()));
        };
        let is_enum = adt.is_enum();
        let v = if is_enum {
            match &layout.variants {
                ferrum_mir::layout::Variants::Single { index } => *index,
                ferrum_mir::layout::Variants::Multiple { tag, .. } => {
                    let raw = self.load(loc.offset(tag.offset), tag.size as usize, 1)?;
                    match layout.variant_of_tag(raw) {
                        Some(v) => v,
                        None => {
                            return ub(UbKind::InvalidValue, format!("formatting an enum with invalid tag {raw:#x}"))
                        }
                    }
                }
            }
        } else {
            0
        };
        let Some(variant) = adt.variants.get(v as usize) else {
            return Ok(FmtValue::Opaque("no such variant".into()));
        };
        let name = variant.name.as_str().to_string();
        let shape = match &d.kind {
            DefKind::Adt(a) => a.variants.get(v as usize).map_or(VariantShape::Named, |vd| vd.shape),
            _ => VariantShape::Named,
        };
        let names: Vec<String> = variant.fields.iter().map(|f| f.name.as_str().to_string()).collect();
        let tys = self.layouts.field_tys(ty, v);
        let mut values = Vec::new();
        for (i, &t) in tys.iter().enumerate() {
            let off = layout.field_offset(if is_enum { Some(v) } else { None }, i as u32);
            values.push(self.fmt_value(loc.offset(off), t, 0, depth + 1)?);
        }
        Ok(match shape {
            VariantShape::Unit => FmtValue::UnitStruct(name),
            VariantShape::Tuple => FmtValue::TupleStruct { name, fields: values },
            VariantShape::Named => FmtValue::Struct { name, fields: names.into_iter().zip(values).collect() },
        })
    }
}
