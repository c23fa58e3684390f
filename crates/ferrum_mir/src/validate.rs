//! The MIR validator: checks the structural and type invariants every
//! pass must preserve, like Cranelift's verifier. It runs after building
//! in debug builds and in tests.
//!
//! Invariants checked, each reported with its location (`bb3[2]`):
//!
//! 1. The body declares `_0` and `arg_count` arguments after it.
//! 2. Every block has a terminator (structural) and every successor
//!    (`goto`, `switchInt` targets and otherwise, call/drop/assert
//!    targets) is a block of the body.
//! 3. Every local a place mentions, including `Index` locals, is declared;
//!    `Index` locals have type `usize`.
//! 4. Every projection applies to its base type: `Deref` only of
//!    references, raw pointers and `Box`; `Field(i)` only of tuples,
//!    structs, unions, closures and downcast enums, with `i` in range;
//!    `Index`/`ConstantIndex`/`Subslice` only of arrays and slices;
//!    `Downcast(v)` only of enums with `v` in range.
//! 5. Assignments agree in type: the rvalue's type equals the place's,
//!    modulo reference/pointer mutability (`&mut T` where `&T` is
//!    expected), the never type and error types.
//! 6. `switchInt` discriminants are integers, `bool` or `char`; `assert`
//!    conditions are `bool`; `Len` applies to arrays and slices; arithmetic
//!    operands of a `BinaryOp` have equal types (except shifts and
//!    `Offset`); indirect callees are function pointers; direct calls pass
//!    one argument per parameter, with the parameter's type, into a
//!    destination of the return type (generic types match anything).
//! 7. Enum aggregates and `SetDiscriminant` name an existing variant, and
//!    struct/variant aggregates have one operand per field.
//! 8. No local is used where it is certainly outside its storage: for
//!    locals with `StorageLive`/`StorageDead` statements, every use must
//!    be reachable from a `StorageLive` without an intervening
//!    `StorageDead` on at least one path.

use crate::mir::{
    AggregateKind, BasicBlock, BinOp, Body, Callee, Local, Operand, Place, PlaceElem, Rvalue, StatementKind,
    TerminatorKind,
};
use crate::place_ty::{rvalue_ty, try_place_ty};
use crate::tys::MirCtxt;
use ferrum_hir::hir::DefId;
use ferrum_ty::ty::{Ty, TyKind};
use ferrum_ty::TypedProgram;

/// Validates one body; `Err` lists every violation found.
pub fn validate(program: &TypedProgram, body: &Body) -> Result<(), Vec<String>> {
    validate_with(&MirCtxt::new(program), body)
}

pub fn validate_with(cx: &MirCtxt, body: &Body) -> Result<(), Vec<String>> {
    let mut v = Validator { cx, body, errors: Vec::new(), loc: String::new() };
    v.check_signature();
    for (i, data) in body.blocks.iter().enumerate() {
        for (j, s) in data.statements.iter().enumerate() {
            v.loc = format!("bb{i}[{j}]");
            v.check_statement(&s.kind);
        }
        v.loc = format!("bb{i}[terminator]");
        v.check_terminator(&data.terminator.kind);
    }
    v.check_storage();
    if v.errors.is_empty() {
        Ok(())
    } else {
        Err(v.errors)
    }
}

struct Validator<'a> {
    cx: &'a MirCtxt<'a>,
    body: &'a Body,
    errors: Vec<String>,
    loc: String,
}

impl Validator<'_> {
    fn fail(&mut self, msg: impl std::fmt::Display) {
        let loc = self.loc.clone();
        self.errors.push(format!("{loc}: {msg}"));
    }

    fn check_signature(&mut self) {
        if self.body.locals.len() < self.body.arg_count + 1 {
            self.loc = "signature".into();
            self.fail(format!(
                "{} locals cannot hold _0 and {} arguments",
                self.body.locals.len(),
                self.body.arg_count
            ));
        }
    }

    fn check_target(&mut self, bb: BasicBlock) {
        if bb.index() >= self.body.blocks.len() {
            self.fail(format!("jump to {bb:?}, but the body has {} blocks", self.body.blocks.len()));
        }
    }

    /// Type of a place, reporting malformed places (invariants 3 and 4).
    fn place(&mut self, place: &Place) -> Option<Ty> {
        for elem in &place.projection {
            if let PlaceElem::Index(l) = elem {
                match self.body.locals.get(l.index()) {
                    None => self.fail(format!("index local {l:?} is not declared")),
                    Some(d) if d.ty != self.cx.tcx().usize() && !self.is_error(d.ty) => {
                        self.fail(format!("index local {l:?} is not a usize"))
                    }
                    Some(_) => {}
                }
            }
        }
        match try_place_ty(self.cx, &self.body.locals, place) {
            Ok(pt) => Some(pt.ty),
            Err(e) => {
                self.fail(format!("bad place {place:?}: {e}"));
                None
            }
        }
    }

    fn operand(&mut self, op: &Operand) -> Option<Ty> {
        match op {
            Operand::Copy(p) | Operand::Move(p) => self.place(p),
            Operand::Constant(c) => Some(c.ty),
        }
    }

    fn is_error(&self, ty: Ty) -> bool {
        matches!(self.cx.tcx().kind(ty), TyKind::Error)
    }

    /// Type agreement modulo mutability of pointers, never and errors.
    fn compatible(&self, expected: Ty, found: Ty) -> bool {
        if expected == found {
            return true;
        }
        let tcx = self.cx.tcx();
        match (tcx.kind(expected), tcx.kind(found)) {
            (TyKind::Error, _) | (_, TyKind::Error) | (_, TyKind::Never) => true,
            (TyKind::Ref(a, _), TyKind::Ref(b, _)) | (TyKind::RawPtr(a, _), TyKind::RawPtr(b, _)) => {
                self.compatible(a, b)
            }
            (TyKind::Tuple(a), TyKind::Tuple(b)) => {
                a.len() == b.len() && a.iter().zip(b.iter()).all(|(&x, &y)| self.compatible(x, y))
            }
            (TyKind::Array(a, n), TyKind::Array(b, m)) => n == m && self.compatible(a, b),
            (TyKind::Adt(d1, s1), TyKind::Adt(d2, s2)) => {
                d1 == d2 && s1.len() == s2.len() && s1.iter().zip(s2.iter()).all(|(&x, &y)| self.compatible(x, y))
            }
            _ => false,
        }
    }

    fn check_statement(&mut self, kind: &StatementKind) {
        match kind {
            StatementKind::Assign(place, rv) => {
                let lhs = self.place(place);
                self.check_rvalue(rv);
                let rhs = rvalue_ty(self.cx, &self.body.locals, rv);
                if let Some(lhs) = lhs {
                    if !self.compatible(lhs, rhs) {
                        let (l, r) = (self.ty(lhs), self.ty(rhs));
                        self.fail(format!("assignment of `{r}` to `{place:?}` of type `{l}`"));
                    }
                }
            }
            StatementKind::StorageLive(l) | StatementKind::StorageDead(l) => {
                if l.index() >= self.body.locals.len() {
                    self.fail(format!("storage statement for undeclared {l:?}"));
                }
            }
            StatementKind::SetDiscriminant { place, variant } => {
                if let Some(ty) = self.place(place) {
                    self.check_variant(ty, *variant);
                }
            }
            StatementKind::Nop => {}
        }
    }

    fn ty(&self, ty: Ty) -> String {
        crate::pretty::ty_str(self.cx.program, ty)
    }

    fn check_variant(&mut self, ty: Ty, variant: u32) {
        let count = match self.cx.tcx().kind(ty) {
            TyKind::Adt(def, _) => self.cx.program.items.adts.get(&def).map_or(0, |a| a.variants.len()),
            TyKind::Error => return,
            _ => 0,
        };
        if variant as usize >= count {
            self.fail(format!("variant {variant} of `{}` which has {count}", self.ty(ty)));
        }
    }

    fn check_rvalue(&mut self, rv: &Rvalue) {
        let tcx = self.cx.tcx();
        match rv {
            Rvalue::Use(op) | Rvalue::Repeat(op, _) | Rvalue::Cast(_, op, _) | Rvalue::UnaryOp(_, op) => {
                self.operand(op);
            }
            Rvalue::Ref(_, p) | Rvalue::AddressOf(_, p) | Rvalue::Discriminant(p) => {
                self.place(p);
            }
            Rvalue::Len(p) => {
                if let Some(ty) = self.place(p) {
                    if !matches!(tcx.kind(ty), TyKind::Array(..) | TyKind::Slice(_) | TyKind::Error) {
                        self.fail(format!("Len of `{}`", self.ty(ty)));
                    }
                }
            }
            Rvalue::BinaryOp(op, a, b) | Rvalue::CheckedBinaryOp(op, a, b) => {
                let (ta, tb) = (self.operand(a), self.operand(b));
                if let (Some(ta), Some(tb)) = (ta, tb) {
                    let exempt = matches!(op, BinOp::Shl | BinOp::Shr | BinOp::Offset);
                    if !exempt && !self.compatible(ta, tb) {
                        self.fail(format!("{op:?} of `{}` and `{}`", self.ty(ta), self.ty(tb)));
                    }
                }
            }
            Rvalue::Aggregate(kind, ops) => {
                for op in ops {
                    self.operand(op);
                }
                self.check_aggregate(kind, ops.len());
            }
        }
    }

    fn check_aggregate(&mut self, kind: &AggregateKind, n: usize) {
        let AggregateKind::Adt(def, variant, substs) = kind else {
            return;
        };
        let ty = self.cx.tcx().mk_adt(*def, substs.clone());
        self.check_variant(ty, *variant);
        let is_union = self.cx.program.items.adts.get(def).is_some_and(|a| a.kind == ferrum_hir::hir::AdtKind::Union);
        if let Some(fields) = self.cx.variant_field_tys(ty, *variant) {
            if !is_union && fields.len() != n {
                self.fail(format!("aggregate of `{}` with {n} operands for {} fields", self.ty(ty), fields.len()));
            }
        }
    }

    fn check_terminator(&mut self, kind: &TerminatorKind) {
        for t in kind.successors() {
            self.check_target(t);
        }
        let tcx = self.cx.tcx();
        match kind {
            TerminatorKind::SwitchInt { discr, .. } => {
                if let Some(ty) = self.operand(discr) {
                    let ok = matches!(
                        tcx.kind(ty),
                        TyKind::Int(_) | TyKind::Uint(_) | TyKind::Bool | TyKind::Char | TyKind::Error
                    );
                    if !ok {
                        self.fail(format!("switchInt on `{}`", self.ty(ty)));
                    }
                }
            }
            TerminatorKind::Assert { cond, .. } => {
                if let Some(ty) = self.operand(cond) {
                    if ty != tcx.bool() && !self.is_error(ty) {
                        self.fail(format!("assert on `{}`", self.ty(ty)));
                    }
                }
            }
            TerminatorKind::Call { func, args, dest, .. } => {
                if let Callee::Indirect(op) = func {
                    if let Some(ty) = self.operand(op) {
                        if !matches!(tcx.kind(ty), TyKind::FnPtr(_) | TyKind::Error) {
                            self.fail(format!("indirect call of `{}`", self.ty(ty)));
                        }
                    }
                }
                let arg_tys: Vec<Option<Ty>> = args.iter().map(|a| self.operand(a)).collect();
                let dest_ty = self.place(dest);
                if let Callee::Fn(def, substs) = func {
                    self.check_call_signature(*def, substs, &arg_tys, dest_ty);
                }
            }
            TerminatorKind::Drop { place, .. } => {
                self.place(place);
            }
            TerminatorKind::Goto(_) | TerminatorKind::Return | TerminatorKind::Unreachable => {}
        }
    }

    /// A direct call passes one argument per parameter, of the
    /// parameter's type, and its destination has the return type
    /// (generic parameters and unnormalised projections match anything).
    fn check_call_signature(&mut self, def: DefId, substs: &[Ty], args: &[Option<Ty>], dest: Option<Ty>) {
        let Some(sig) = self.cx.program.items.fn_sigs.get(&def) else {
            return;
        };
        let tcx = self.cx.tcx();
        if sig.inputs.len() != args.len() {
            self.fail(format!("call with {} arguments of a function taking {}", args.len(), sig.inputs.len()));
            return;
        }
        for (i, (&input, arg)) in sig.inputs.iter().zip(args).enumerate() {
            let expected = tcx.subst(input, substs);
            if let Some(found) = arg {
                if !self.loosely_compatible(expected, *found) {
                    let (e, f) = (self.ty(expected), self.ty(*found));
                    self.fail(format!("argument {i} of type `{f}` where `{e}` is expected"));
                }
            }
        }
        let output = tcx.subst(sig.output, substs);
        if let Some(dest) = dest {
            if !self.loosely_compatible(dest, output) {
                let (d, o) = (self.ty(dest), self.ty(output));
                self.fail(format!("call returning `{o}` into a place of type `{d}`"));
            }
        }
    }

    /// [`Self::compatible`], or either side still generic.
    fn loosely_compatible(&self, a: Ty, b: Ty) -> bool {
        let tcx = self.cx.tcx();
        self.compatible(a, b) || tcx.has_params(a) || tcx.has_params(b)
    }

    /// Invariant 8: a forward "maybe live" analysis of storage.
    fn check_storage(&mut self) {
        let n = self.body.locals.len();
        let mut tracked = vec![false; n];
        for data in &self.body.blocks {
            for s in &data.statements {
                if let StatementKind::StorageLive(l) | StatementKind::StorageDead(l) = s.kind {
                    if l.index() < n {
                        tracked[l.index()] = true;
                    }
                }
            }
        }
        let entry = storage_dataflow(self.body, n);
        for (i, data) in self.body.blocks.iter().enumerate() {
            let Some(mut live) = entry[i].clone() else {
                continue;
            };
            for (j, s) in data.statements.iter().enumerate() {
                match s.kind {
                    StatementKind::StorageLive(l) if l.index() < n => live[l.index()] = true,
                    StatementKind::StorageDead(l) if l.index() < n => live[l.index()] = false,
                    _ => {
                        for l in statement_locals(&s.kind) {
                            if l.index() < n && tracked[l.index()] && !live[l.index()] {
                                self.loc = format!("bb{i}[{j}]");
                                self.fail(format!("use of {l:?} outside its storage"));
                            }
                        }
                    }
                }
            }
            for l in terminator_locals(&data.terminator.kind) {
                if l.index() < n && tracked[l.index()] && !live[l.index()] {
                    self.loc = format!("bb{i}[terminator]");
                    self.fail(format!("use of {l:?} outside its storage"));
                }
            }
        }
    }
}

fn storage_dataflow(body: &Body, n: usize) -> Vec<Option<Vec<bool>>> {
    let mut entry: Vec<Option<Vec<bool>>> = vec![None; body.blocks.len()];
    if body.blocks.is_empty() {
        return entry;
    }
    entry[0] = Some(vec![false; n]);
    let mut work = vec![0usize];
    while let Some(b) = work.pop() {
        let Some(mut live) = entry[b].clone() else {
            continue;
        };
        for s in &body.blocks[b].statements {
            match s.kind {
                StatementKind::StorageLive(l) if l.index() < n => live[l.index()] = true,
                StatementKind::StorageDead(l) if l.index() < n => live[l.index()] = false,
                _ => {}
            }
        }
        for succ in body.blocks[b].terminator.kind.successors() {
            let Some(slot) = entry.get_mut(succ.index()) else {
                continue;
            };
            let changed = match slot {
                Some(old) => {
                    let mut changed = false;
                    for (o, &l) in old.iter_mut().zip(&live) {
                        if l && !*o {
                            *o = true;
                            changed = true;
                        }
                    }
                    changed
                }
                None => {
                    *slot = Some(live.clone());
                    true
                }
            };
            if changed {
                work.push(succ.index());
            }
        }
    }
    entry
}

fn place_locals(p: &Place, out: &mut Vec<Local>) {
    out.push(p.local);
    for e in &p.projection {
        if let PlaceElem::Index(l) = e {
            out.push(*l);
        }
    }
}

fn operand_locals(op: &Operand, out: &mut Vec<Local>) {
    if let Operand::Copy(p) | Operand::Move(p) = op {
        place_locals(p, out);
    }
}

fn statement_locals(kind: &StatementKind) -> Vec<Local> {
    let mut out = Vec::new();
    match kind {
        StatementKind::Assign(p, rv) => {
            place_locals(p, &mut out);
            match rv {
                Rvalue::Use(op) | Rvalue::Repeat(op, _) | Rvalue::Cast(_, op, _) | Rvalue::UnaryOp(_, op) => {
                    operand_locals(op, &mut out)
                }
                Rvalue::Ref(_, p) | Rvalue::AddressOf(_, p) | Rvalue::Len(p) | Rvalue::Discriminant(p) => {
                    place_locals(p, &mut out)
                }
                Rvalue::BinaryOp(_, a, b) | Rvalue::CheckedBinaryOp(_, a, b) => {
                    operand_locals(a, &mut out);
                    operand_locals(b, &mut out);
                }
                Rvalue::Aggregate(_, ops) => ops.iter().for_each(|op| operand_locals(op, &mut out)),
            }
        }
        StatementKind::SetDiscriminant { place, .. } => place_locals(place, &mut out),
        _ => {}
    }
    out
}

fn terminator_locals(kind: &TerminatorKind) -> Vec<Local> {
    let mut out = Vec::new();
    match kind {
        TerminatorKind::SwitchInt { discr: op, .. } | TerminatorKind::Assert { cond: op, .. } => {
            operand_locals(op, &mut out)
        }
        TerminatorKind::Call { func, args, dest, .. } => {
            if let Callee::Indirect(op) = func {
                operand_locals(op, &mut out);
            }
            args.iter().for_each(|a| operand_locals(a, &mut out));
            place_locals(dest, &mut out);
        }
        TerminatorKind::Drop { place, .. } => place_locals(place, &mut out),
        _ => {}
    }
    out
}
