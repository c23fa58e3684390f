//! Checking one body: inference over its expressions and patterns.
//!
//! The entry point is [`check_body`]; the submodules each handle one kind
//! of construct and share the [`FnCtxt`] state.

mod adt;
mod block;
mod call;
mod closure;
mod coerce;
mod deref;
mod expr;
mod method;
mod ops;
mod pat;
mod path;
mod place;
mod traits;
mod upvars;

use crate::impls::ImplIndex;
use crate::infer::InferCtxt;
use crate::items::ItemTables;
use crate::lower_ty::TyLowerer;
use crate::results::TypeckResults;
use crate::ty::{InferKind, Ty, TyCtxt, TyKind};
use ferrum_hir::hir::{Body, BodyId, Crate, DefId, DefKind, ExprId, TypeRefId};
use ferrum_span::{Diagnostic, Diagnostics, Span};
use rustc_hash::FxHashMap;

/// Break-value bookkeeping for a `loop` or labelled block.
struct BreakableCtxt {
    /// Type of `break` values; `None` for `while`/`for` (unit only).
    ty: Option<Ty>,
    may_break: bool,
}

/// An operation only allowed in unsafe code.
#[derive(Clone, Copy)]
pub enum UnsafeOp {
    /// A call of an unsafe function (named when known).
    Call(Option<DefId>),
    RawDeref,
    MutStatic,
    UnionField,
}

pub struct FnCtxt<'a> {
    pub krate: &'a Crate,
    pub tcx: &'a TyCtxt,
    pub items: &'a ItemTables,
    pub impls: &'a ImplIndex,
    pub body: &'a Body,
    pub owner: DefId,
    pub infcx: InferCtxt<'a>,
    pub results: TypeckResults,
    diags: &'a mut Diagnostics,
    ret_ty: Ty,
    breakables: FxHashMap<ExprId, BreakableCtxt>,
    /// Set once the expression being checked can't complete normally.
    diverges: bool,
    unsafe_depth: u32,
    /// The left side of the assignment being checked: writing a union
    /// field, unlike reading it, is safe.
    assigned_place: Option<ExprId>,
    /// Checks that need fully inferred types, run at the end.
    deferred_casts: Vec<(ExprId, Ty, Ty)>,
    deferred_places: Vec<place::PlaceCheck>,
    /// Where-clauses in scope.
    pub env: Vec<crate::items::TraitPredicate>,
    obligations: Vec<traits::Obligation>,
    /// Closures of this body (keyed as in `TyKind::Closure`).
    closure_table: crate::traits::ClosureTable,
    pending_calls: Vec<closure::PendingCall>,
    /// Closures of this body required to implement `Fn`/`FnMut` (checked
    /// once their kinds are known): closure expression, kind, where.
    closure_kind_demands: Vec<(ExprId, crate::ClosureKind, Span)>,
    /// Nesting of `normalize` (projections whose values name projections).
    normalize_depth: u32,
    /// The inference variables standing for this function's `impl Trait`
    /// return types.
    opaque_vars: Vec<Ty>,
    /// Method calls on literals of unknown type, resolved after fallback.
    numeric_methods: Vec<(ExprId, ferrum_span::Symbol)>,
    /// Bindings declared without an initialiser (`let x;`).
    uninit_bindings: rustc_hash::FxHashSet<ferrum_hir::hir::BindingId>,
    error_count_at_start: usize,
}

/// Checks `body_id` (owned by `owner`, whose expected value type is
/// `ret_ty` with parameters typed `param_tys`).
#[allow(clippy::too_many_arguments)]
pub fn check_body(
    krate: &Crate,
    tcx: &TyCtxt,
    items: &ItemTables,
    impls: &ImplIndex,
    owner: DefId,
    body_id: BodyId,
    param_tys: &[Ty],
    ret_ty: Ty,
    diags: &mut Diagnostics,
) -> TypeckResults {
    let body = &krate.bodies[body_id];
    let error_count_at_start = diags.error_count();
    let mut fcx = FnCtxt {
        krate,
        tcx,
        items,
        impls,
        body,
        owner,
        infcx: InferCtxt::new(tcx),
        results: TypeckResults::default(),
        diags,
        ret_ty,
        breakables: FxHashMap::default(),
        diverges: false,
        unsafe_depth: 0,
        assigned_place: None,
        deferred_casts: Vec::new(),
        deferred_places: Vec::new(),
        uninit_bindings: Default::default(),
        numeric_methods: Vec::new(),
        env: crate::traits::param_env(krate, tcx, items, owner),
        obligations: Vec::new(),
        closure_table: items.opaque_closures.clone(),
        pending_calls: Vec::new(),
        closure_kind_demands: Vec::new(),
        normalize_depth: 0,
        opaque_vars: Vec::new(),
        error_count_at_start,
    };
    if let DefKind::Fn(f) = &krate.defs[owner].kind {
        if f.is_unsafe {
            fcx.unsafe_depth = 1;
        }
    }
    // The signature may name associated types (`-> Option<Self::Item>` in
    // an impl): the body sees what they stand for.
    let value_span = body.exprs[body.value].span;
    let ret_ty = fcx.instantiate_opaques(ret_ty);
    let ret_ty = fcx.normalize(ret_ty, value_span);
    fcx.ret_ty = ret_ty;
    for (i, &pat) in body.params.iter().enumerate() {
        let ty = param_tys.get(i).copied().unwrap_or_else(|| tcx.error());
        let ty = fcx.normalize(ty, body.pats[pat].span);
        fcx.check_pat_top(pat, ty, false);
    }
    fcx.check_expr_coercible(body.value, ret_ty, value_span);
    fcx.finish()
}

impl<'a> FnCtxt<'a> {
    pub fn error(&mut self, diag: Diagnostic) {
        self.diags.push(diag);
    }

    pub fn span(&self, expr: ExprId) -> Span {
        self.body.exprs[expr].span
    }

    pub fn new_var(&mut self) -> Ty {
        self.infcx.new_var(InferKind::General)
    }

    pub fn resolve(&self, ty: Ty) -> Ty {
        self.infcx.resolve(ty)
    }

    pub fn shallow(&self, ty: Ty) -> Ty {
        self.infcx.shallow_resolve(ty)
    }

    pub fn kind(&self, ty: Ty) -> TyKind {
        self.tcx.kind(self.shallow(ty))
    }

    pub fn ty_str(&self, ty: Ty) -> String {
        crate::display::ty_to_string(self.tcx, self.krate, self.resolve(ty))
    }

    pub fn lower_ty(&mut self, type_ref: TypeRefId) -> Ty {
        self.with_lowerer(|l| l.lower(type_ref))
    }

    /// A repeat count or const argument written in a body.
    pub fn lower_const(&mut self, body: BodyId) -> Ty {
        self.with_lowerer(|l| l.lower_const(body))
    }

    pub(super) fn with_lowerer<R>(&mut self, f: impl FnOnce(&mut TyLowerer<'_>) -> R) -> R {
        let infcx = &mut self.infcx;
        let mut fresh = || infcx.new_var(InferKind::General);
        f(&mut TyLowerer {
            krate: self.krate,
            tcx: self.tcx,
            items: self.items,
            diags: self.diags,
            fresh: Some(&mut fresh),
            owner: Some(self.owner),
            opaque: None,
        })
    }

    pub fn write_expr_ty(&mut self, expr: ExprId, ty: Ty) {
        self.results.expr_tys.insert(expr, ty);
    }

    pub fn expr_ty(&self, expr: ExprId) -> Ty {
        self.results.expr_tys.get(expr).copied().unwrap_or_else(|| self.tcx.error())
    }

    /// Unifies `actual` with `expected`, reporting E0308 at `span` on failure.
    pub fn demand_eq(&mut self, span: Span, expected: Ty, actual: Ty) -> bool {
        if self.infcx.unify(expected, actual).is_ok() {
            return true;
        }
        self.report_mismatch(span, expected, actual);
        false
    }

    pub fn report_mismatch(&mut self, span: Span, expected: Ty, actual: Ty) {
        let (e, a) = (self.sort_str(expected), self.sort_str(actual));
        self.error(
            Diagnostic::error("mismatched types").code("E0308").primary(span, format!("expected {e}, found {a}")),
        );
    }

    /// E0644: a closure whose parameter or result types contain the
    /// closure's own type (`Memo::new(|m: &Memo<Self>, n| ..)`) would have
    /// a type of infinite size.
    fn reject_self_referential_closure(&mut self, expr: ExprId, info: &crate::results::ClosureInfo) {
        let owner = self.owner;
        let index = expr.into_raw().into_u32();
        let mut cyclic = false;
        for &t in info.inputs.iter().chain(std::iter::once(&info.output)) {
            self.tcx.walk(t, &mut |u| {
                cyclic |= matches!(self.tcx.kind(u), TyKind::Closure { owner: o, expr: e, .. } if o == owner && e == index);
            });
        }
        if cyclic {
            self.error(
                Diagnostic::error("closure/coroutine type that references itself")
                    .code("E0644")
                    .primary(self.span(expr), "cyclic type of infinite size")
                    .note("closures cannot capture themselves or take themselves as argument"),
            );
        }
    }

    /// A type as rustc names it in "expected .., found ..": type
    /// parameters and unsuffixed literals by their sort.
    pub fn sort_str(&self, ty: Ty) -> String {
        match self.kind(self.resolve(ty)) {
            TyKind::Param { name, .. } if name.as_str() != "Self" => format!("type parameter `{name}`"),
            TyKind::Infer(_, InferKind::Int) => "integer".to_string(),
            TyKind::Infer(_, InferKind::Float) => "floating-point number".to_string(),
            _ => format!("`{}`", self.ty_str(ty)),
        }
    }

    fn finish(mut self) -> TypeckResults {
        self.process_obligations(false);
        self.infcx.apply_literal_fallback();
        self.process_obligations(true);
        self.results.opaque_hidden = self.opaque_vars.iter().map(|&v| self.erase_infer(self.resolve(v))).collect();
        self.resolve_numeric_methods();
        self.analyze_closures();
        self.check_closure_kind_demands();
        self.resolve_pending_calls();
        self.run_deferred_casts();
        let places = std::mem::take(&mut self.deferred_places);
        for check in places {
            self.check_place_mutability(check);
        }
        self.resolve_results();
        crate::exhaustive::check_body_matches(&mut self);
        self.results.tainted = self.diags.error_count() > self.error_count_at_start;
        self.results
    }

    /// Replaces inference variables in every table; reports E0282 for
    /// expressions whose type is still unknown.
    fn resolve_results(&mut self) {
        let mut unresolved: Option<ExprId> = None;
        let exprs: Vec<(ExprId, Ty)> = self.results.expr_tys.iter().map(|(e, &t)| (e, t)).collect();
        for (e, t) in exprs {
            let r = self.resolve(t);
            if self.infcx.has_infer(r) && unresolved.is_none() {
                unresolved = Some(e);
            }
            self.results.expr_tys.insert(e, self.erase_infer(r));
        }
        let pats: Vec<_> = self.results.pat_tys.iter().map(|(p, &t)| (p, t)).collect();
        for (p, t) in pats {
            let r = self.resolve(t);
            self.results.pat_tys.insert(p, self.erase_infer(r));
        }
        let bindings: Vec<_> = self.results.binding_tys.iter().map(|(b, &t)| (b, t)).collect();
        for (b, t) in bindings {
            let r = self.resolve(t);
            self.results.binding_tys.insert(b, self.erase_infer(r));
        }
        let adjusts: Vec<_> = self.results.adjustments.iter().map(|(e, a)| (e, a.clone())).collect();
        for (e, list) in adjusts {
            let list = list.into_iter().map(|a| self.resolve_adjust(a)).collect();
            self.results.adjustments.insert(e, list);
        }
        let res: Vec<_> = self.results.value_res.iter().map(|(e, r)| (e, r.clone())).collect();
        for (e, r) in res {
            let r = self.finalize_value_res(r);
            self.results.value_res.insert(e, r);
        }
        let pat_adj: Vec<_> = self.results.pat_adjustments.iter().map(|(p, a)| (p, a.clone())).collect();
        for (p, list) in pat_adj {
            let list = list.into_iter().map(|t| self.erase_infer(self.resolve(t))).collect();
            self.results.pat_adjustments.insert(p, list);
        }
        let loops: Vec<_> = self.results.for_loops.iter().map(|(e, f)| (e, f.clone())).collect();
        for (e, mut f) in loops {
            for t in [&mut f.iterable, &mut f.iter, &mut f.item] {
                *t = self.erase_infer(self.resolve(*t));
            }
            self.results.for_loops.insert(e, f);
        }
        // Only this body's closures (the table also knows those of
        // functions returning `impl Trait`).
        let owner = self.owner;
        let closures: Vec<_> =
            self.closure_table.iter().filter(|(k, _)| k.0 == owner).map(|(k, v)| (*k, v.clone())).collect();
        for (key, mut info) in closures {
            for t in info.inputs.iter_mut().chain(std::iter::once(&mut info.output)) {
                *t = self.erase_infer(self.resolve(*t));
            }
            for cap in &mut info.captures {
                cap.ty = self.erase_infer(self.resolve(cap.ty));
            }
            let expr = ExprId::from_raw(la_arena::RawIdx::from_u32(key.1));
            self.reject_self_referential_closure(expr, &info);
            self.results.closures.insert(expr, info);
        }
        if let Some(e) = unresolved {
            if self.diags.error_count() == self.error_count_at_start {
                self.error(
                    Diagnostic::error("type annotations needed")
                        .code("E0282")
                        .primary(self.span(e), "cannot infer type"),
                );
            }
        }
    }

    fn erase_infer(&self, ty: Ty) -> Ty {
        self.tcx.fold(ty, &mut |tcx, t| match tcx.kind(t) {
            TyKind::Infer(..) => Some(tcx.error()),
            _ => None,
        })
    }

    fn resolve_substs(&self, substs: &[Ty]) -> crate::ty::Substs {
        substs.iter().map(|&t| self.erase_infer(self.resolve(t))).collect()
    }

    fn resolve_adjust(&self, adjust: crate::Adjust) -> crate::Adjust {
        use crate::Adjust;
        match adjust {
            Adjust::Unsize(t) => Adjust::Unsize(self.erase_infer(self.resolve(t))),
            Adjust::NeverToAny(t) => Adjust::NeverToAny(self.erase_infer(self.resolve(t))),
            Adjust::ClosureFnPointer(t) => Adjust::ClosureFnPointer(self.erase_infer(self.resolve(t))),
            Adjust::OverloadedDeref { mutbl, target } => {
                Adjust::OverloadedDeref { mutbl, target: self.erase_infer(self.resolve(target)) }
            }
            other => other,
        }
    }

    fn finalize_value_res(&self, res: crate::ValueRes) -> crate::ValueRes {
        use crate::ValueRes;
        match res {
            ValueRes::Fn(d, s) => ValueRes::Fn(d, self.resolve_substs(&s)),
            ValueRes::Const(d, s) => ValueRes::Const(d, self.resolve_substs(&s)),
            ValueRes::Ctor { adt, variant, substs } => {
                ValueRes::Ctor { adt, variant, substs: self.resolve_substs(&substs) }
            }
            ValueRes::UnitCtor { adt, variant, substs } => {
                ValueRes::UnitCtor { adt, variant, substs: self.resolve_substs(&substs) }
            }
            other => other,
        }
    }

    /// Fresh inference variables for every generic parameter of `def`.
    pub fn fresh_substs(&mut self, def: DefId) -> Vec<Ty> {
        let n = crate::generics::param_count(self.krate, def);
        (0..n).map(|_| self.new_var()).collect()
    }

    pub fn has_new_errors(&self) -> bool {
        self.diags.error_count() > self.error_count_at_start
    }

    pub fn in_unsafe(&self) -> bool {
        self.unsafe_depth > 0
    }

    /// E0133 for `op` outside an unsafe block or function.
    pub fn require_unsafe(&mut self, span: Span, op: UnsafeOp) {
        if self.in_unsafe() {
            return;
        }
        let (what, note) = match op {
            UnsafeOp::Call(_) => (
                "call to unsafe function",
                "consult the function's documentation for information on how to avoid undefined behavior",
            ),
            UnsafeOp::RawDeref => (
                "dereference of raw pointer",
                "raw pointers may be null, dangling or unaligned; they can violate aliasing rules and cause data races: all of these are undefined behavior",
            ),
            UnsafeOp::MutStatic => (
                "use of mutable static",
                "mutable statics can be mutated by multiple threads: aliasing violations or data races will cause undefined behavior",
            ),
            UnsafeOp::UnionField => (
                "access to union field",
                "the field may not be properly initialized: using uninitialized data will cause undefined behavior",
            ),
        };
        let subject = match op {
            UnsafeOp::Call(Some(def)) => format!("{what} `{}`", self.krate.defs[def].name),
            _ => what.to_string(),
        };
        self.error(
            Diagnostic::error(format!("{subject} is unsafe and requires unsafe function or block"))
                .code("E0133")
                .primary(span, what)
                .note(note),
        );
    }
}
