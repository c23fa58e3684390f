//! MIR building: typed HIR bodies to control-flow graphs, after rustc's
//! `mir_build`.
//!
//! Expressions are lowered by *category* ([`expr`]): a place expression
//! becomes a [`Place`] (`as_place`), a constant an operand, an rvalue
//! expression an [`crate::mir::Rvalue`] (`as_rvalue`), and control flow is
//! written straight into a destination (`into`). The builder keeps a
//! cursor on the current block; code after a diverging expression goes to
//! a fresh block without predecessors, which [`cfg`] removes at the end.
//!
//! Scopes ([`scope`]) schedule `StorageDead` and `Drop` for locals and
//! temporaries; every exit (end of block, `break`, `continue`, `return`)
//! emits the drops of the scopes it leaves. Drops are emitted
//! unconditionally here; [`crate::elaborate_drops`] then removes those of
//! moved-out values and adds drop flags where a value is moved on some
//! paths only.
//!
//! Invariant: building never panics on a well-typed body; constructs not
//! supported yet produce an `unsupported: ...` diagnostic and an
//! `Unreachable` terminator.

mod block;
mod cfg;
mod closure;
mod cond;
mod expr;
mod loops;
mod matches;
mod scope;
mod stmt;

use crate::elaborate_drops::elaborate_drops;
use crate::mir::{BasicBlock, Body, BodyOwner, LocalDecl, Place};
use crate::program::MirProgram;
use crate::tys::{MirCtxt, ParamEnv};
use ferrum_hir::hir::{self, BindingId, BodyId, DefId, DefKind, ExprId};
use ferrum_span::{Diagnostic, Diagnostics, Span};
use ferrum_ty::ty::{Ty, TyCtxt};
use ferrum_ty::{TypeckResults, TypedProgram};
use rustc_hash::{FxHashMap, FxHashSet};

pub use cfg::simplify_cfg;
pub(crate) use cfg::BlockData;
pub(crate) use cfg::{for_each_successor, retarget as cfg_retarget, stmt as cfg_stmt};
pub(crate) use scope::{Breakable, Scope};

/// Builds the MIR of every body of the program: functions with bodies
/// (user and library), const and static initialisers, anonymous consts.
/// Bodies whose type checking failed are skipped.
pub fn build_program(program: &TypedProgram, diags: &mut Diagnostics) -> MirProgram {
    let cx = MirCtxt::new(program);
    let mut mir = MirProgram::default();
    let mut owners = body_owners(program);
    owners.reverse();
    while let Some(owner) = owners.pop() {
        let Some((built, promoted)) = build_with_promoted(&cx, owner, diags) else {
            continue;
        };
        owners.extend(promoted.into_iter().rev());
        if !is_library_owner(program, owner) {
            mir.unelaborated.insert(owner, built.clone());
        }
        mir.bodies.insert(owner, finish_body(&cx, built, diags));
    }
    mir
}

fn is_library_owner(program: &TypedProgram, owner: BodyOwner) -> bool {
    let def = match owner {
        BodyOwner::Fn(d)
        | BodyOwner::Const(d)
        | BodyOwner::Static(d)
        | BodyOwner::Closure(d, _)
        | BodyOwner::Promoted(d, _) => d,
        BodyOwner::AnonConst(b) => program.krate.bodies[b].owner,
    };
    program.krate.defs[def].is_library
}

/// Builds one body (for drivers that build lazily, only what runs).
pub fn build_body(program: &TypedProgram, owner: BodyOwner, diags: &mut Diagnostics) -> Option<Body> {
    build_body_with(&MirCtxt::new(program), owner, diags)
}

/// Builds one body with a shared context: construction, then drop
/// elaboration, then (in debug builds) validation.
pub fn build_body_with(cx: &MirCtxt, owner: BodyOwner, diags: &mut Diagnostics) -> Option<Body> {
    let body = build_unelaborated(cx, owner, diags)?;
    Some(finish_body(cx, body, diags))
}

/// Drop elaboration, then (in debug builds) validation.
fn finish_body(cx: &MirCtxt, mut body: Body, diags: &mut Diagnostics) -> Body {
    let owner = body.owner;
    elaborate_drops(cx, &mut body);
    if cfg!(debug_assertions) {
        if let Err(errors) = crate::validate::validate_with(cx, &body) {
            let name = crate::pretty::owner_name(cx.program, owner);
            diags.push(
                Diagnostic::error(format!("internal compiler error: invalid MIR for `{name}`"))
                    .primary(body.span, "")
                    .note(errors.join("\n")),
            );
        }
    }
    body
}

/// Builds one body without drop elaboration: every scheduled drop is an
/// unconditional `Drop` (what a borrow checker wants to see).
pub fn build_unelaborated(cx: &MirCtxt, owner: BodyOwner, diags: &mut Diagnostics) -> Option<Body> {
    build_with_promoted(cx, owner, diags).map(|(body, _)| body)
}

/// [`build_unelaborated`], with the owners of the constants the body
/// promoted (built separately, as rustc's promoted MIR is).
fn build_with_promoted(cx: &MirCtxt, owner: BodyOwner, diags: &mut Diagnostics) -> Option<(Body, Vec<BodyOwner>)> {
    let program = cx.program;
    let body_id = hir_body_of(&program.krate, owner)?;
    let results = program.typeck.get(&body_id)?;
    if results.tainted {
        return None;
    }
    let hir = &program.krate.bodies[body_id];
    let item = enclosing_item(&program.krate, owner, hir.owner);
    let mut builder = Builder::new(cx, hir, results, owner, item, diags);
    builder.build_entry(cx.program, owner);
    let promoted = std::mem::take(&mut builder.promoted);
    Some((builder.finish(), promoted))
}

/// Every owner of a body in the program, in a deterministic order.
pub fn body_owners(program: &TypedProgram) -> Vec<BodyOwner> {
    let krate = &program.krate;
    let mut named = FxHashSet::default();
    let mut owners = Vec::new();
    for (def, d) in krate.defs.iter() {
        let owner = match &d.kind {
            DefKind::Fn(f) if f.body.is_some() => BodyOwner::Fn(def),
            DefKind::Const { body: Some(_), .. } => BodyOwner::Const(def),
            DefKind::Static { body: Some(_), .. } => BodyOwner::Static(def),
            _ => continue,
        };
        if let Some(b) = hir_body_of(krate, owner) {
            named.insert(b);
        }
        owners.push(owner);
    }
    for (id, _) in krate.bodies.iter() {
        if !named.contains(&id) && program.typeck.contains_key(&id) {
            owners.push(BodyOwner::AnonConst(id));
        }
    }
    let mut closures: Vec<BodyOwner> =
        program.closures.keys().map(|&(def, expr)| BodyOwner::Closure(def, expr)).collect();
    closures.sort_by_key(|o| match o {
        BodyOwner::Closure(d, e) => (d.into_raw().into_u32(), *e),
        _ => (0, 0),
    });
    owners.extend(closures);
    owners
}

/// The HIR body an owner's MIR is built from.
pub fn hir_body_of(krate: &hir::Crate, owner: BodyOwner) -> Option<BodyId> {
    match owner {
        BodyOwner::Fn(def) => match &krate.defs[def].kind {
            DefKind::Fn(f) => f.body,
            _ => None,
        },
        BodyOwner::Const(def) => match &krate.defs[def].kind {
            DefKind::Const { body, .. } => *body,
            _ => None,
        },
        BodyOwner::Static(def) => match &krate.defs[def].kind {
            DefKind::Static { body, .. } => *body,
            _ => None,
        },
        BodyOwner::AnonConst(body) => Some(body),
        BodyOwner::Closure(def, _) | BodyOwner::Promoted(def, _) => hir_body_of(krate, BodyOwner::Fn(def))
            .or_else(|| hir_body_of(krate, BodyOwner::Const(def)))
            .or_else(|| hir_body_of(krate, BodyOwner::Static(def))),
    }
}

/// The item whose generics are in scope in a body.
fn enclosing_item(krate: &hir::Crate, owner: BodyOwner, hir_owner: DefId) -> Option<DefId> {
    match owner {
        BodyOwner::Fn(def) => Some(def),
        BodyOwner::Const(def) | BodyOwner::Static(def) => krate.defs[def].parent,
        BodyOwner::AnonConst(_) | BodyOwner::Closure(..) | BodyOwner::Promoted(..) => Some(hir_owner),
    }
}

/// State while building one body.
pub(crate) struct Builder<'a, 'd> {
    pub(crate) cx: &'a MirCtxt<'a>,
    pub(crate) tcx: &'a TyCtxt,
    pub(crate) hir: &'a hir::Body,
    pub(crate) res: &'a TypeckResults,
    pub(crate) env: ParamEnv,
    pub(crate) owner: BodyOwner,
    pub(crate) locals: Vec<LocalDecl>,
    pub(crate) arg_count: usize,
    pub(crate) blocks: Vec<BlockData>,
    /// The block code is currently appended to.
    pub(crate) cur: BasicBlock,
    /// The local of each user binding.
    pub(crate) vars: FxHashMap<BindingId, Local>,
    /// Inside a match guard: by-move bindings seen through a reference.
    pub(crate) guard_refs: FxHashMap<BindingId, Place>,
    /// Inside a closure body: captured variables, as places in the
    /// closure's environment.
    pub(crate) upvars: FxHashMap<BindingId, Place>,
    pub(crate) scopes: Vec<Scope>,
    pub(crate) breakables: Vec<Breakable>,
    /// The scope temporaries are dropped in (the enclosing statement's).
    pub(crate) temp_scope: usize,
    /// The innermost block's scope (for lifetime-extended temporaries).
    pub(crate) block_scope: usize,
    /// Operands of `&` in a `let` initialiser whose temporaries live to
    /// the end of the enclosing block: the scope they are dropped in.
    pub(crate) extended: FxHashMap<ExprId, usize>,
    pub(crate) return_block: BasicBlock,
    pub(crate) diags: &'d mut Diagnostics,
    /// Errors already reported (patterns are classified more than once).
    reported: FxHashSet<(Span, String)>,
    pub(crate) span: Span,
    /// The constants this body borrows that were promoted to statics.
    pub(crate) promoted: Vec<BodyOwner>,
}

use crate::mir::Local;

impl<'a, 'd> Builder<'a, 'd> {
    fn new(
        cx: &'a MirCtxt<'a>,
        hir: &'a hir::Body,
        res: &'a TypeckResults,
        owner: BodyOwner,
        item: Option<DefId>,
        diags: &'d mut Diagnostics,
    ) -> Builder<'a, 'd> {
        let span = hir.exprs[hir.value].span;
        let mut b = Builder {
            cx,
            tcx: cx.tcx(),
            hir,
            res,
            env: cx.param_env(item),
            owner,
            locals: Vec::new(),
            arg_count: 0,
            blocks: Vec::new(),
            cur: BasicBlock::START,
            vars: FxHashMap::default(),
            guard_refs: FxHashMap::default(),
            upvars: FxHashMap::default(),
            scopes: Vec::new(),
            breakables: Vec::new(),
            temp_scope: 0,
            block_scope: 0,
            extended: FxHashMap::default(),
            return_block: BasicBlock::START,
            diags,
            reported: FxHashSet::default(),
            span,
            promoted: Vec::new(),
        };
        b.cur = b.new_block();
        b.return_block = b.new_block();
        b
    }

    /// The return type and parameter types of the body.
    fn signature(&self, program: &TypedProgram, owner: BodyOwner) -> (Ty, Vec<Ty>) {
        let value_ty = || self.expr_ty(self.hir.value);
        match owner {
            BodyOwner::Fn(def) => match program.items.fn_sigs.get(&def) {
                Some(sig) => (sig.output, sig.inputs.to_vec()),
                None => (value_ty(), self.hir.params.iter().map(|&p| self.pat_ty(p)).collect()),
            },
            BodyOwner::Const(def) | BodyOwner::Static(def) => {
                (program.items.value_tys.get(&def).copied().unwrap_or_else(value_ty), Vec::new())
            }
            _ => (value_ty(), Vec::new()),
        }
        .map_tys(|t| self.cx.resolved(t))
    }

    /// Declares `_0` and the arguments, binds parameter patterns and
    /// builds the body's value into the return place.
    fn build_entry(&mut self, program: &TypedProgram, owner: BodyOwner) {
        if let BodyOwner::Closure(_, expr) = owner {
            let expr = ExprId::from_raw(la_arena::RawIdx::from_u32(expr));
            self.build_closure_entry(expr);
            return;
        }
        if let BodyOwner::Promoted(_, expr) = owner {
            let expr = ExprId::from_raw(la_arena::RawIdx::from_u32(expr));
            self.build_promoted_entry(expr);
            return;
        }
        let (ret, inputs) = self.signature(program, owner);
        self.new_local(ret, None, true, self.span);
        self.arg_count = self.hir.params.len();
        let args_scope = self.push_scope();
        self.temp_scope = args_scope;
        self.block_scope = args_scope;
        let params = self.hir.params.clone();
        let arg_locals: Vec<Local> = params
            .iter()
            .enumerate()
            .map(|(i, &pat)| {
                let ty = inputs.get(i).copied().unwrap_or_else(|| self.pat_ty(pat));
                let name = self.simple_binding(pat).map(|b| self.hir.bindings[b].name);
                let mutable = self.simple_binding(pat).is_some_and(|b| self.hir.bindings[b].mutable);
                self.new_local(ty, name, mutable, self.hir.pats[pat].span)
            })
            .collect();
        for (&pat, &local) in params.iter().zip(&arg_locals) {
            self.bind_param(pat, local);
        }
        let value = self.hir.value;
        self.expr_into(Place::return_place(), self.full(value));
        self.pop_scope();
        let ret_block = self.return_block;
        self.goto(ret_block, self.span);
        self.cur = ret_block;
        self.terminate(crate::mir::TerminatorKind::Return, self.span);
    }

    /// A promoted constant's body: the expression's value, returned.
    fn build_promoted_entry(&mut self, expr: ExprId) {
        // The borrow's operand, before any adjustment of its own.
        let e = expr::ExprRef { id: expr, adj: 0 };
        let ty = self.ety(e);
        self.new_local(ty, None, true, self.espan(expr));
        let scope = self.push_scope();
        self.temp_scope = scope;
        self.block_scope = scope;
        self.expr_into(Place::return_place(), e);
        self.pop_scope();
        let ret_block = self.return_block;
        self.goto(ret_block, self.span);
        self.cur = ret_block;
        self.terminate(crate::mir::TerminatorKind::Return, self.span);
    }

    /// Binds a parameter pattern to its argument local: a plain binding
    /// *is* the argument; other patterns are matched irrefutably.
    fn bind_param(&mut self, pat: hir::PatId, local: Local) {
        let ty = self.locals[local.index()].ty;
        let args_scope = 0;
        self.schedule_drop(args_scope, local, ty, self.span);
        match self.simple_binding(pat) {
            Some(binding) => {
                self.vars.insert(binding, local);
            }
            None => {
                self.declare_bindings(pat);
                self.bind_irrefutable(Place::local(local), pat, None);
                for binding in self.pattern_locals(pat) {
                    self.schedule_local(args_scope, binding, self.span);
                }
            }
        }
    }

    pub(crate) fn expr_ty(&self, expr: ExprId) -> Ty {
        self.res.expr_tys.get(expr).map_or_else(|| self.tcx.error(), |&t| self.cx.resolved(t))
    }

    pub(crate) fn pat_ty(&self, pat: hir::PatId) -> Ty {
        self.res.pat_tys.get(pat).map_or_else(|| self.tcx.error(), |&t| self.cx.resolved(t))
    }

    pub(crate) fn binding_ty(&self, binding: BindingId) -> Ty {
        self.res.binding_tys.get(binding).map_or_else(|| self.tcx.error(), |&t| self.cx.resolved(t))
    }

    pub(crate) fn is_copy(&self, ty: Ty) -> bool {
        self.cx.is_copy(&self.env, ty)
    }

    pub(crate) fn needs_drop(&self, ty: Ty) -> bool {
        self.cx.needs_drop(ty)
    }

    pub(crate) fn error(&mut self, span: Span, message: impl Into<String>) {
        let message = message.into();
        if self.reported.insert((span, message.clone())) {
            self.diags.push(Diagnostic::error(message).primary(span, ""));
        }
    }

    /// Reports an unsupported construct and makes the current point
    /// unreachable.
    pub(crate) fn unsupported(&mut self, span: Span, what: &str) {
        self.diags.push(Diagnostic::error(format!("unsupported: {what}")).primary(span, "not supported yet"));
        self.terminate(crate::mir::TerminatorKind::Unreachable, span);
        self.diverge();
    }

    fn finish(self) -> Body {
        let blocks = cfg::finish_blocks(self.blocks);
        let mut body =
            Body { owner: self.owner, locals: self.locals, arg_count: self.arg_count, blocks, span: self.span };
        cfg::simplify_cfg(&mut body);
        body
    }
}

/// Maps both types of a (return, inputs) pair.
trait MapTys {
    fn map_tys(self, f: impl Fn(Ty) -> Ty) -> Self;
}

impl MapTys for (Ty, Vec<Ty>) {
    fn map_tys(self, f: impl Fn(Ty) -> Ty) -> Self {
        (f(self.0), self.1.into_iter().map(f).collect())
    }
}
