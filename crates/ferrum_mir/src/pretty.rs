//! `--emit mir`: MIR as text, in the style of rustc's MIR dumps.
//!
//! ```text
//! fn fib(_1: u32) -> u64 {
//!     debug n => _1;
//!     let mut _0: u64;
//!     let mut _2: bool;
//!
//!     bb0: {
//!         _2 = Lt(copy _1, const 2_u32);
//!         switchInt(move _2) -> [0: bb2, otherwise: bb1];
//!     }
//! }
//! ```
//!
//! Types print through [`ty_str`]; paths of functions and items through
//! [`def_path`] (`Point::new`, `<Point as Display>::fmt`, `geometry::area`).

use crate::mir::{
    AggregateKind, AssertMessage, BasicBlockData, BinOp, Body, BodyOwner, Callee, CastKind, ConstKind, Constant,
    Operand, Place, PlaceElem, Rvalue, StatementKind, TerminatorKind, UnOp,
};
use crate::program::MirProgram;
use ferrum_hir::hir::{DefId, DefKind, Mutability, VariantShape};
use ferrum_ty::ty::{FloatTy, Ty, TyKind};
use ferrum_ty::TypedProgram;
use std::fmt::Write;

/// A type as rustc prints it (`&mut [u8]`, `Option<i32>`).
pub fn ty_str(program: &TypedProgram, ty: Ty) -> String {
    ferrum_ty::display::ty_to_string(&program.tcx, &program.krate, ty)
}

/// Every body of the program (only the user's with `user_only`), in
/// definition order.
pub fn print_program(program: &TypedProgram, mir: &MirProgram, user_only: bool) -> String {
    let mut owners: Vec<BodyOwner> =
        mir.bodies.keys().copied().filter(|&o| !user_only || !is_library_owner(program, o)).collect();
    owners.sort_by_key(|&o| owner_sort_key(program, o));
    let texts: Vec<String> = owners.iter().map(|o| print_body(program, &mir.bodies[o])).collect();
    texts.join("\n")
}

fn owner_def(program: &TypedProgram, owner: BodyOwner) -> Option<DefId> {
    match owner {
        BodyOwner::Fn(d)
        | BodyOwner::Const(d)
        | BodyOwner::Static(d)
        | BodyOwner::Closure(d, _)
        | BodyOwner::Promoted(d, _) => Some(d),
        BodyOwner::AnonConst(b) => Some(program.krate.bodies[b].owner),
    }
}

fn is_library_owner(program: &TypedProgram, owner: BodyOwner) -> bool {
    owner_def(program, owner).is_some_and(|d| program.krate.defs[d].is_library)
}

fn owner_sort_key(program: &TypedProgram, owner: BodyOwner) -> (u32, u32, u32) {
    let def = owner_def(program, owner).map_or(0, |d| d.into_raw().into_u32());
    match owner {
        BodyOwner::AnonConst(b) => (def, 1, b.into_raw().into_u32()),
        BodyOwner::Closure(_, e) => (def, 2, e),
        BodyOwner::Promoted(_, e) => (def, 3, e),
        _ => (def, 0, 0),
    }
}

/// The printed name of a body's owner.
pub fn owner_name(program: &TypedProgram, owner: BodyOwner) -> String {
    match owner {
        BodyOwner::Fn(d) | BodyOwner::Const(d) | BodyOwner::Static(d) => def_path(program, d),
        BodyOwner::AnonConst(b) => {
            format!("{}::{{constant#{}}}", def_path(program, program.krate.bodies[b].owner), b.into_raw().into_u32())
        }
        BodyOwner::Closure(d, e) => format!("{}::{{closure#{e}}}", def_path(program, d)),
        BodyOwner::Promoted(d, e) => format!("{}::{{promoted#{e}}}", def_path(program, d)),
    }
}

/// `module::item`, `Type::method`, `<Type as Trait>::method`.
pub fn def_path(program: &TypedProgram, def: DefId) -> String {
    let krate = &program.krate;
    let d = &krate.defs[def];
    let Some(parent) = d.parent else {
        return d.name.to_string();
    };
    let prefix = match &krate.defs[parent].kind {
        DefKind::Mod { .. } if krate.defs[parent].parent.is_none() => String::new(),
        DefKind::Mod { .. } | DefKind::Trait(_) => def_path(program, parent),
        DefKind::Adt(_) => def_path(program, parent),
        DefKind::Impl(imp) => {
            let self_ty = program.items.impl_self_tys.get(&parent).map(|&t| ty_str(program, t)).unwrap_or_default();
            match imp.trait_.as_ref().map(|t| t.trait_) {
                Some(ferrum_hir::hir::Res::Def(tr)) => {
                    format!("<{self_ty} as {}>", krate.defs[tr].name)
                }
                _ if self_ty.contains(['<', '&', '[', '(', '*']) => format!("<{self_ty}>"),
                _ => self_ty,
            }
        }
        _ => def_path(program, parent),
    };
    if prefix.is_empty() {
        d.name.to_string()
    } else {
        format!("{prefix}::{}", d.name)
    }
}

/// One body, rustc style.
pub fn print_body(program: &TypedProgram, body: &Body) -> String {
    let p = Printer { program, body };
    let mut out = String::new();
    p.header(&mut out);
    p.decls(&mut out);
    for (i, data) in body.blocks.iter().enumerate() {
        out.push('\n');
        p.block(i, data, &mut out);
    }
    out.push_str("}\n");
    out
}

struct Printer<'a> {
    program: &'a TypedProgram,
    body: &'a Body,
}

impl Printer<'_> {
    fn ty(&self, ty: Ty) -> String {
        ty_str(self.program, ty)
    }

    fn header(&self, out: &mut String) {
        let ret = self.ty(self.body.locals[0].ty);
        let name = owner_name(self.program, self.body.owner);
        match self.body.owner {
            BodyOwner::Static(d) => {
                let m = matches!(self.program.krate.defs[d].kind, DefKind::Static { mutable: true, .. });
                let _ = writeln!(out, "static {}{name}: {ret} = {{", if m { "mut " } else { "" });
            }
            BodyOwner::Const(_) | BodyOwner::AnonConst(_) => {
                let _ = writeln!(out, "const {name}: {ret} = {{");
            }
            _ => {
                let args: Vec<String> =
                    self.body.args().map(|a| format!("{a:?}: {}", self.ty(self.body.local_ty(a)))).collect();
                let _ = writeln!(out, "fn {name}({}) -> {ret} {{", args.join(", "));
            }
        }
    }

    fn decls(&self, out: &mut String) {
        for (i, decl) in self.body.locals.iter().enumerate() {
            if let Some(name) = decl.name {
                let _ = writeln!(out, "    debug {name} => _{i};");
            }
        }
        for (i, decl) in self.body.locals.iter().enumerate() {
            if (1..=self.body.arg_count).contains(&i) {
                continue;
            }
            let m = if decl.mutable || decl.name.is_none() { "mut " } else { "" };
            let _ = writeln!(out, "    let {m}_{i}: {};", self.ty(decl.ty));
        }
    }

    fn block(&self, i: usize, data: &BasicBlockData, out: &mut String) {
        let _ = writeln!(out, "    bb{i}: {{");
        for s in &data.statements {
            let _ = writeln!(out, "        {};", self.statement(&s.kind));
        }
        let _ = writeln!(out, "        {};", self.terminator(&data.terminator.kind));
        let _ = writeln!(out, "    }}");
    }

    fn statement(&self, kind: &StatementKind) -> String {
        match kind {
            StatementKind::Assign(p, rv) => format!("{} = {}", self.place(p), self.rvalue(rv)),
            StatementKind::StorageLive(l) => format!("StorageLive({l:?})"),
            StatementKind::StorageDead(l) => format!("StorageDead({l:?})"),
            StatementKind::SetDiscriminant { place, variant } => {
                format!("discriminant({}) = {variant}", self.place(place))
            }
            StatementKind::Nop => "nop".to_string(),
        }
    }

    fn place(&self, place: &Place) -> String {
        let mut s = format!("{:?}", place.local);
        let mut ty = self.body.local_ty(place.local);
        let cx_tcx = &self.program.tcx;
        for elem in &place.projection {
            s = match elem {
                PlaceElem::Deref => format!("(*{s})"),
                PlaceElem::Field(i, fty) => format!("({s}.{i}: {})", self.ty(*fty)),
                PlaceElem::Index(l) => format!("{s}[{l:?}]"),
                PlaceElem::ConstantIndex { offset, from_end: false } => format!("{s}[{offset}]"),
                PlaceElem::ConstantIndex { offset, from_end: true } => format!("{s}[-{offset}]"),
                PlaceElem::Subslice { from, to, from_end: true } => format!("{s}[{from}:-{to}]"),
                PlaceElem::Subslice { from, to, from_end: false } => format!("{s}[{from}..{to}]"),
                PlaceElem::Downcast(v) => format!("({s} as {})", self.variant_name(ty, *v)),
            };
            ty = match elem {
                PlaceElem::Field(_, t) => *t,
                PlaceElem::Deref => match cx_tcx.kind(ty) {
                    TyKind::Ref(t, _) | TyKind::RawPtr(t, _) => t,
                    TyKind::Adt(_, substs) => substs.first().copied().unwrap_or(ty),
                    _ => ty,
                },
                PlaceElem::Index(_) | PlaceElem::ConstantIndex { .. } => match cx_tcx.kind(ty) {
                    TyKind::Array(t, _) | TyKind::Slice(t) => t,
                    _ => ty,
                },
                _ => ty,
            };
        }
        s
    }

    fn variant_name(&self, ty: Ty, v: u32) -> String {
        if let TyKind::Adt(def, _) = self.program.tcx.kind(ty) {
            if let Some(var) = self.program.items.adts.get(&def).and_then(|a| a.variants.get(v as usize)) {
                return var.name.to_string();
            }
        }
        v.to_string()
    }

    fn operand(&self, op: &Operand) -> String {
        match op {
            Operand::Copy(p) => format!("copy {}", self.place(p)),
            Operand::Move(p) => format!("move {}", self.place(p)),
            Operand::Constant(c) => format!("const {}", self.constant(c)),
        }
    }

    fn operands(&self, ops: &[Operand]) -> String {
        ops.iter().map(|o| self.operand(o)).collect::<Vec<_>>().join(", ")
    }

    fn constant(&self, c: &Constant) -> String {
        let tcx = &self.program.tcx;
        match &c.kind {
            ConstKind::Scalar(v) => scalar_str(tcx.kind(c.ty), *v),
            ConstKind::ZeroSized => match tcx.kind(c.ty) {
                TyKind::FnDef(def, substs) => self.fn_path(def, &substs),
                TyKind::Tuple(t) if t.is_empty() => "()".to_string(),
                _ => format!("ZeroSized: {}", self.ty(c.ty)),
            },
            ConstKind::Str(s) => format!("{:?}", s.as_str()),
            ConstKind::ByteStr(b) => format!("b\"{}\"", b.escape_ascii()),
            ConstKind::Unevaluated(def, substs) => self.fn_path(*def, substs),
            ConstKind::AnonConst(b) => format!("{{constant#{}}}", b.into_raw().into_u32()),
            ConstKind::StaticAddr(def) => {
                let raw = matches!(tcx.kind(c.ty), TyKind::RawPtr(..));
                format!("{}{}", if raw { "&raw mut " } else { "&" }, def_path(self.program, *def))
            }
            ConstKind::Param(p) => format!("const {}", self.ty(*p)),
            ConstKind::PromotedAddr(_, e) => format!("{{promoted#{e}}}"),
        }
    }

    fn fn_path(&self, def: DefId, substs: &[Ty]) -> String {
        let path = def_path(self.program, def);
        if substs.is_empty() {
            return path;
        }
        let args: Vec<String> = substs.iter().map(|&t| self.ty(t)).collect();
        format!("{path}::<{}>", args.join(", "))
    }

    fn rvalue(&self, rv: &Rvalue) -> String {
        match rv {
            Rvalue::Use(op) => self.operand(op),
            Rvalue::Repeat(op, n) => format!("[{}; {}]", self.operand(op), self.ty(*n)),
            Rvalue::Ref(Mutability::Not, p) => format!("&{}", self.place(p)),
            Rvalue::Ref(Mutability::Mut, p) => format!("&mut {}", self.place(p)),
            Rvalue::AddressOf(Mutability::Not, p) => format!("&raw const {}", self.place(p)),
            Rvalue::AddressOf(Mutability::Mut, p) => format!("&raw mut {}", self.place(p)),
            Rvalue::Len(p) => format!("Len({})", self.place(p)),
            Rvalue::Cast(kind, op, ty) => format!("{} as {} ({})", self.operand(op), self.ty(*ty), cast_name(*kind)),
            Rvalue::BinaryOp(op, a, b) => format!("{}({}, {})", binop_name(*op), self.operand(a), self.operand(b)),
            Rvalue::CheckedBinaryOp(op, a, b) => {
                format!("{}WithOverflow({}, {})", binop_name(*op), self.operand(a), self.operand(b))
            }
            Rvalue::UnaryOp(op, a) => format!("{}({})", unop_name(*op), self.operand(a)),
            Rvalue::Discriminant(p) => format!("discriminant({})", self.place(p)),
            Rvalue::Aggregate(kind, ops) => self.aggregate(kind, ops),
        }
    }

    fn aggregate(&self, kind: &AggregateKind, ops: &[Operand]) -> String {
        match kind {
            AggregateKind::Array(_) => format!("[{}]", self.operands(ops)),
            AggregateKind::Tuple if ops.len() == 1 => format!("({},)", self.operands(ops)),
            AggregateKind::Tuple => format!("({})", self.operands(ops)),
            AggregateKind::Closure(_) => format!("{{closure}}({})", self.operands(ops)),
            AggregateKind::Adt(def, variant, substs) => self.adt_aggregate(*def, *variant, substs, ops),
        }
    }

    fn adt_aggregate(&self, def: DefId, variant: u32, substs: &[Ty], ops: &[Operand]) -> String {
        let krate = &self.program.krate;
        let mut name = self.fn_path(def, substs);
        let Some(adt) = self.program.items.adts.get(&def) else {
            return format!("{name}({})", self.operands(ops));
        };
        let Some(v) = adt.variants.get(variant as usize) else {
            return name;
        };
        if adt.is_enum() {
            name = format!("{name}::{}", v.name);
        }
        let shape = match &krate.defs[def].kind {
            DefKind::Adt(a) => a.variants.get(variant as usize).map_or(VariantShape::Tuple, |v| v.shape),
            _ => VariantShape::Tuple,
        };
        match shape {
            VariantShape::Unit => name,
            VariantShape::Tuple => format!("{name}({})", self.operands(ops)),
            VariantShape::Named => {
                let fields: Vec<String> =
                    v.fields.iter().zip(ops).map(|(f, op)| format!("{}: {}", f.name, self.operand(op))).collect();
                format!("{name} {{ {} }}", fields.join(", "))
            }
        }
    }

    fn terminator(&self, kind: &TerminatorKind) -> String {
        match kind {
            TerminatorKind::Goto(t) => format!("goto -> {t:?}"),
            TerminatorKind::SwitchInt { discr, targets, otherwise } => {
                let mut arms: Vec<String> = targets.iter().map(|(v, b)| format!("{v}: {b:?}")).collect();
                arms.push(format!("otherwise: {otherwise:?}"));
                format!("switchInt({}) -> [{}]", self.operand(discr), arms.join(", "))
            }
            TerminatorKind::Return => "return".to_string(),
            TerminatorKind::Unreachable => "unreachable".to_string(),
            TerminatorKind::Call { func, args, dest, target } => {
                let call = match func {
                    Callee::Fn(def, substs) => {
                        format!("{}({})", self.fn_path(*def, substs), self.operands(args))
                    }
                    Callee::Indirect(op) => {
                        format!("{}({})", self.operand(op), self.operands(args))
                    }
                };
                match target {
                    Some(t) => format!("{} = {call} -> [return: {t:?}, unwind continue]", self.place(dest)),
                    None => format!("{} = {call} -> unwind continue", self.place(dest)),
                }
            }
            TerminatorKind::Drop { place, target } => {
                format!("drop({}) -> [return: {target:?}, unwind continue]", self.place(place))
            }
            TerminatorKind::Assert { cond, expected, msg, target } => {
                let c = if *expected { self.operand(cond) } else { format!("!{}", self.operand(cond)) };
                format!("assert({c}, {}) -> [success: {target:?}, unwind continue]", self.assert_msg(msg))
            }
        }
    }

    fn assert_msg(&self, msg: &AssertMessage) -> String {
        match msg {
            AssertMessage::Overflow(op) => {
                format!("\"attempt to {} with overflow\"", op.overflow_verb())
            }
            AssertMessage::OverflowNeg => "\"attempt to negate with overflow\"".to_string(),
            AssertMessage::DivisionByZero => "\"attempt to divide by zero\"".to_string(),
            AssertMessage::RemainderByZero => {
                "\"attempt to calculate the remainder with a divisor of zero\"".to_string()
            }
            AssertMessage::BoundsCheck { len, index } => format!(
                "\"index out of bounds: the length is {{}} but the index is {{}}\", {}, {}",
                self.operand(len),
                self.operand(index)
            ),
        }
    }
}

/// `2_i32`, `-1_i8`, `true`, `'a'`, `1.5f64`.
fn scalar_str(kind: TyKind, v: u128) -> String {
    match kind {
        TyKind::Bool => (v != 0).to_string(),
        TyKind::Char => char::from_u32(v as u32).map_or_else(|| format!("{v}_char"), |c| format!("{c:?}")),
        TyKind::Int(i) => {
            let bits = i.bits(crate::tys::POINTER_BITS);
            let signed = if bits < 128 { ((v << (128 - bits)) as i128) >> (128 - bits) } else { v as i128 };
            format!("{signed}_{}", i.name())
        }
        TyKind::Uint(u) => format!("{v}_{}", u.name()),
        TyKind::Float(FloatTy::F32) => format!("{}f32", f32::from_bits(v as u32)),
        TyKind::Float(FloatTy::F64) => format!("{}f64", f64::from_bits(v as u64)),
        _ => format!("{v}"),
    }
}

fn binop_name(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "Add",
        BinOp::Sub => "Sub",
        BinOp::Mul => "Mul",
        BinOp::Div => "Div",
        BinOp::Rem => "Rem",
        BinOp::BitXor => "BitXor",
        BinOp::BitAnd => "BitAnd",
        BinOp::BitOr => "BitOr",
        BinOp::Shl => "Shl",
        BinOp::Shr => "Shr",
        BinOp::Eq => "Eq",
        BinOp::Lt => "Lt",
        BinOp::Le => "Le",
        BinOp::Ne => "Ne",
        BinOp::Ge => "Ge",
        BinOp::Gt => "Gt",
        BinOp::Offset => "Offset",
    }
}

fn unop_name(op: UnOp) -> &'static str {
    match op {
        UnOp::Not => "Not",
        UnOp::Neg => "Neg",
        UnOp::PtrMetadata => "PtrMetadata",
    }
}

fn cast_name(kind: CastKind) -> &'static str {
    match kind {
        CastKind::IntToInt => "IntToInt",
        CastKind::IntToFloat => "IntToFloat",
        CastKind::FloatToInt => "FloatToInt",
        CastKind::FloatToFloat => "FloatToFloat",
        CastKind::PtrToPtr => "PtrToPtr",
        CastKind::PtrToAddr => "PointerExposeProvenance",
        CastKind::AddrToPtr => "PointerWithExposedProvenance",
        CastKind::FnToPtr => "PointerCoercion(ReifyFnPointer)",
        CastKind::ClosureFnPtr => "PointerCoercion(ClosureFnPointer(Safe))",
        CastKind::Unsize => "PointerCoercion(Unsize)",
        CastKind::Transmute => "Transmute",
    }
}
