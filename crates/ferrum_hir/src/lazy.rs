//! Library function bodies lowered on demand.
//!
//! Most of the library's bodies are never reached by a given program, so
//! [`crate::lower_crate_lazy`] lowers a library function's signature but
//! leaves its body waiting: the function gets the id of a placeholder
//! body, which [`LazyBodies::lower`] fills in when type checking reaches
//! the function. Lowering then is the same as it would have been eagerly
//! (same ribs, macro scope and source map), so behaviour does not change.
//!
//! Only bodies whose lowering cannot create definitions wait: one with
//! block items, or with a `macro_rules!` call (whose expansion may hold
//! items), is lowered eagerly, since later phases index every definition
//! up front.

use crate::ctx::Lowerer;
use crate::expand::MacroRes;
use crate::hir::{Body, BodyId, Crate, DefId, DefKind, Expr, ExprKind};
use crate::hygiene::CrateKind;
use crate::item::{Deferred, DeferredKind};
use ferrum_span::{Diagnostics, Span};
use ferrum_syntax::ast::{self, ItemKind, TokenKind};
use la_arena::{Arena, Idx, RawIdx};
use rustc_hash::FxHashMap;

/// Bodies waiting to be lowered, and the lowering state they need.
pub struct LazyBodies<'a> {
    lw: Lowerer<'a>,
    waiting: FxHashMap<DefId, (Deferred<'a>, BodyId)>,
}

impl<'a> LazyBodies<'a> {
    pub(crate) fn new(lw: Lowerer<'a>, waiting: FxHashMap<DefId, (Deferred<'a>, BodyId)>) -> LazyBodies<'a> {
        LazyBodies { lw, waiting }
    }

    /// Lowers `def`'s body into its placeholder if it is still waiting;
    /// diagnostics go to `diags`.
    pub fn lower(&mut self, krate: &mut Crate, def: DefId, diags: &mut Diagnostics) {
        let Some((d, id)) = self.waiting.remove(&def) else { return };
        std::mem::swap(&mut self.lw.krate, krate);
        let defs = self.lw.krate.defs.len();
        self.lw.reserved_body = Some(id);
        self.lw.lower_deferred(d);
        self.lw.reserved_body = None;
        debug_assert_eq!(defs, self.lw.krate.defs.len(), "a lazily lowered body created definitions");
        std::mem::swap(&mut self.lw.krate, krate);
        diags.extend(std::mem::take(&mut self.lw.diags));
    }
}

/// Lowers `d` now, or gives its function a placeholder body and leaves it
/// in `waiting`.
pub(crate) fn defer_or_lower<'a>(
    lw: &mut Lowerer<'a>,
    d: Deferred<'a>,
    waiting: &mut FxHashMap<DefId, (Deferred<'a>, BodyId)>,
) {
    if !can_wait(lw, &d) {
        lw.lower_deferred(d);
        return;
    }
    let id = lw.krate.bodies.alloc(placeholder(d.def));
    if let DefKind::Fn(f) = &mut lw.krate.defs[d.def].kind {
        f.body = Some(id);
    }
    waiting.insert(d.def, (d, id));
}

/// A body with one error expression, replaced before anything reads it.
fn placeholder(owner: DefId) -> Body {
    let mut exprs = Arena::new();
    let value = exprs.alloc(Expr { kind: ExprKind::Err, span: Span::DUMMY });
    Body { owner, params: Vec::new(), value, exprs, pats: Arena::new(), bindings: Arena::new() }
}

/// Whether `d` is a library function body whose lowering creates no
/// definitions: no block items, and only built-in macro calls (whose
/// arguments name no other macro and no item keyword).
fn can_wait(lw: &Lowerer<'_>, d: &Deferred<'_>) -> bool {
    let DeferredKind::Fn(item) = d.kind else { return false };
    if d.krate != CrateKind::Std {
        return false;
    }
    let ItemKind::Fn(f) = &d.src.items[item].kind else { return false };
    if let Some(body) = &f.deferred {
        return tokens_can_wait(lw, d, body);
    }
    let nodes = &f.body_nodes;
    if nodes.has_items {
        return false;
    }
    if nodes.mac_calls == 0 {
        return true;
    }
    let mut calls = 0;
    for i in nodes.exprs.clone() {
        let expr = &d.src.exprs[Idx::from_raw(RawIdx::from_u32(i))];
        if let ast::ExprKind::MacCall(call) = &expr.kind {
            calls += 1;
            if !is_plain_builtin(lw, d, call) {
                return false;
            }
        }
    }
    // Calls in pattern or type position were not looked at.
    calls == nodes.mac_calls
}

/// [`can_wait`] for a body not parsed yet: no word that may start an
/// item, and every `name!` a built-in macro.
fn tokens_can_wait(lw: &Lowerer<'_>, d: &Deferred<'_>, body: &ast::DeferredBody) -> bool {
    body.idents().all(|(name, bang)| {
        let name = lw.plain(name);
        !ITEM_KEYWORDS.contains(&name.as_str())
            && (!bang || NOT_MACROS.contains(&name.as_str()) || lw.is_builtin_macro_name(name, &d.macros))
    })
}

/// Keywords a `!` (negation) may follow.
const NOT_MACROS: &[&str] = &["return", "break", "in", "match", "if", "while", "else", "let", "mut", "move"];

fn is_plain_builtin(lw: &Lowerer<'_>, d: &Deferred<'_>, call: &ast::MacCall) -> bool {
    if !matches!(lw.resolve_macro(&call.path, &d.macros), MacroRes::Builtin(_)) {
        return false;
    }
    let tokens = &call.args.tokens;
    !tokens.iter().enumerate().any(|(i, t)| match &t.kind {
        TokenKind::Ident(s) | TokenKind::RawIdent(s) => {
            ITEM_KEYWORDS.contains(&s.as_str())
                || tokens.get(i + 1).is_some_and(|n| matches!(n.kind, TokenKind::Punct("!")))
        }
        _ => false,
    })
}

/// Words that may start an item inside a macro's arguments.
const ITEM_KEYWORDS: &[&str] = &[
    "fn",
    "struct",
    "enum",
    "union",
    "impl",
    "trait",
    "mod",
    "use",
    "static",
    "const",
    "type",
    "macro_rules",
    "extern",
];
