//! Bodies: function parameters, blocks and statements.
//!
//! A block is lowered in three steps: statement-position macro calls are
//! expanded (recursively) into a flat statement list; the block's items are
//! collected into an anonymous scope, its imports resolved and the items
//! lowered (their bodies behind an item boundary, so outer locals are not
//! visible: E0434); then the statements are lowered in order, each `let`
//! opening a new rib so later bindings shadow earlier ones.

use crate::attrs::cfg_enabled;
use crate::collect::CollectCx;
use crate::ctx::*;
use crate::expand::{Expansion, MacroRes, Position};
use crate::hir::*;
use crate::item::Deferred;
use crate::pat::PatCx;
use ferrum_span::Span;
use ferrum_syntax::ast::{self, ItemKind, SelfKind, StmtKind};
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// A statement of the flattened block: where it lives and the macro scope
/// in effect at that point.
struct Flat<'a> {
    src: AstSrc<'a>,
    /// `None` for statements of the block being lowered; `Some` for those
    /// of an expansion (in its `block`).
    owned: Option<Rc<OwnedAst>>,
    item: FlatItem,
    macros: MacroScope,
}

#[derive(Clone, Copy)]
enum FlatItem {
    Stmt(usize),
    /// The tail expression; `semi` if it became a statement.
    Tail(ast::ExprId, bool),
}

impl<'a> Lowerer<'a> {
    /// The body of a function: parameter patterns, then the block.
    pub(crate) fn lower_fn_body(&mut self, src: &AstSrc<'a>, f: &ast::Fn, def: DefId) -> Option<BodyId> {
        let mut block = f.body.as_ref()?;
        // A body kept as tokens is parsed now, into an AST of its own.
        let parsed = f.deferred.as_ref().map(|d| {
            let mut ast = ast::Ast::default();
            let (block, _) = ferrum_syntax::parse_deferred_body(&mut ast, d, &mut self.diags);
            Rc::new(OwnedAst { ast, block: Some(block), items: Vec::new() })
        });
        let mut block_src = src.clone();
        if let Some(o) = &parsed {
            block = o.block.as_ref().expect("a parsed body has its block");
            block_src = AstSrc::Owned(o.clone());
        }
        self.push_body(def);
        let depth = self.ribs.len();
        self.ribs.push(Rib::Locals(FxHashMap::default()));
        let mut cx = PatCx::new(true);
        let mut params = Vec::new();
        if let Some(sp) = &f.sig.self_param {
            let mutable =
                matches!(sp.kind, SelfKind::Value { mutable: true } | SelfKind::Explicit { mutable: true, .. });
            let name = self.syms.self_lower;
            let b = self.body().bindings.alloc(Binding { name, mutable, by_ref: None, span: sp.span });
            cx.declare(name, b);
            params.push(self.alloc_pat(PatKind::Binding { binding: b, sub: None }, sp.span));
        }
        for p in &f.sig.params {
            params.push(self.lower_pat_in(src, p.pat, &mut cx));
        }
        self.add_bindings(&cx);
        let value = self.lower_block_expr(&block_src, block, None, block.span);
        self.ribs.truncate(depth);
        Some(self.finish_body(params, value))
    }

    /// Adds a finished pattern's bindings to the innermost locals rib.
    pub(crate) fn add_bindings(&mut self, cx: &PatCx) {
        if let Some(Rib::Locals(map)) = self.ribs.last_mut() {
            for &(name, b) in &cx.bindings {
                map.insert(name, b);
            }
        }
    }

    pub(crate) fn lower_block_expr(
        &mut self,
        src: &AstSrc<'a>,
        block: &ast::Block,
        label: Option<ast::Ident>,
        span: Span,
    ) -> ExprId {
        match label {
            None => {
                let b = self.lower_block(src, block);
                self.alloc_expr(ExprKind::Block { block: b, label: None }, span)
            }
            Some(l) => {
                let id = self.err_expr(span);
                self.body().labels.push(LabelEntry::Target { label: Some(l.name), expr: id, is_loop: false });
                let b = self.lower_block(src, block);
                self.body().labels.pop();
                self.body().exprs[id].kind = ExprKind::Block { block: b, label: Some(l.name) };
                id
            }
        }
    }

    pub(crate) fn lower_block(&mut self, src: &AstSrc<'a>, block: &ast::Block) -> Block {
        let depth = self.ribs.len();
        let saved_macros = self.cur_macros.clone();
        let mut flat = Vec::new();
        let macros = self.cur_macros.clone();
        self.flatten(src, None, &block.stmts, block.tail, false, macros, &mut flat);
        let (base_len, mut item_bodies) = if flat.iter().any(|f| flat_item(f, &block.stmts).is_some()) {
            self.lower_block_items(&flat, &block.stmts)
        } else {
            (0, FxHashMap::default())
        };
        let mut stmts = Vec::new();
        let mut tail = None;
        let n = flat.len();
        for (i, f) in flat.iter().enumerate() {
            self.cur_macros = f.macros.clone();
            match f.item {
                FlatItem::Tail(e, semi) => {
                    let e = self.lower_expr(&f.src, e);
                    if semi || i + 1 < n {
                        stmts.push(Stmt::Expr { expr: e, semi });
                    } else {
                        tail = Some(e);
                    }
                }
                FlatItem::Stmt(_) => {
                    if let Some(bodies) = item_bodies.remove(&i) {
                        self.lower_item_bodies(bodies, base_len);
                    }
                    let Some(stmt) = stmt_of(f, &block.stmts) else {
                        continue;
                    };
                    if let Some(s) = self.lower_stmt(&f.src, stmt) {
                        stmts.push(s);
                    }
                }
            }
        }
        self.ribs.truncate(depth);
        self.cur_macros = saved_macros;
        Block { stmts, tail, is_unsafe: block.is_unsafe }
    }

    /// Flattens statements, expanding statement-position `macro_rules!`
    /// calls; returns whether the last statement ended with `;` (so no
    /// tail is left).
    #[allow(clippy::too_many_arguments)]
    fn flatten(
        &mut self,
        src: &AstSrc<'a>,
        owned: Option<&Rc<OwnedAst>>,
        stmts: &[ast::Stmt],
        tail: Option<ast::ExprId>,
        semi_tail: bool,
        mut macros: MacroScope,
        out: &mut Vec<Flat<'a>>,
    ) -> bool {
        let mut ended_with_semi = false;
        for (k, stmt) in stmts.iter().enumerate() {
            match &stmt.kind {
                StmtKind::Item(id) => {
                    if let ItemKind::MacroRules { name, body } = &src.items[*id].kind {
                        if cfg_enabled(&src.items[*id].attrs, &self.options) {
                            let plain = |s| self.hygiene.strip(s);
                            let mac = crate::macro_rules::parse_macro_rules(
                                self.plain(name.name),
                                &body.tokens,
                                self.cur_crate,
                                &plain,
                                &mut self.diags,
                            );
                            self.macros.push(mac);
                            macros = macros.with(self.plain(name.name), self.macros.len() - 1);
                        }
                        continue;
                    }
                }
                StmtKind::Expr { expr, semi } => {
                    if let ast::ExprKind::MacCall(call) = &src.exprs[*expr].kind {
                        if let MacroRes::Rules(id) = self.resolve_macro(&call.path, &macros) {
                            if let Some(Expansion::Nodes(o)) = self.expand_rules(id, call, Position::Stmts) {
                                let b = o.block.as_ref().expect("statement expansion has a block");
                                let osrc = AstSrc::Owned(o.clone());
                                ended_with_semi =
                                    self.flatten(&osrc, Some(&o), &b.stmts, b.tail, *semi, macros.clone(), out);
                            }
                            continue;
                        }
                    }
                    ended_with_semi = *semi;
                }
                StmtKind::Let { .. } => ended_with_semi = true,
                StmtKind::Empty => continue,
            }
            out.push(Flat { src: src.clone(), owned: owned.cloned(), item: FlatItem::Stmt(k), macros: macros.clone() });
        }
        if let Some(t) = tail {
            if let ast::ExprKind::MacCall(call) = &src.exprs[t].kind {
                if let MacroRes::Rules(id) = self.resolve_macro(&call.path, &macros) {
                    if let Some(Expansion::Nodes(o)) = self.expand_rules(id, call, Position::Stmts) {
                        let b = o.block.as_ref().expect("statement expansion has a block");
                        let osrc = AstSrc::Owned(o.clone());
                        return self.flatten(&osrc, Some(&o), &b.stmts, b.tail, semi_tail, macros, out);
                    }
                    return semi_tail;
                }
            }
            out.push(Flat { src: src.clone(), owned: owned.cloned(), item: FlatItem::Tail(t, semi_tail), macros });
            return semi_tail;
        }
        ended_with_semi || semi_tail
    }

    /// Collects the items of a block into a new scope (pushed as a rib),
    /// resolves its imports and lowers the items' signatures. Their bodies
    /// are returned by flat-statement index, to be lowered where the item
    /// appears, so that outer locals declared before it are known (E0434).
    fn lower_block_items(
        &mut self,
        flat: &[Flat<'a>],
        outer: &[ast::Stmt],
    ) -> (usize, FxHashMap<usize, Vec<Deferred<'a>>>) {
        let module = self.current_module();
        let scope = self.new_scope(ScopeKind::Block, None, module);
        let cx = CollectCx { module, scope, in_block: true };
        let first_pending = self.pending.len();
        let first_import = self.imports.len();
        let mut owners = Vec::new();
        for (i, f) in flat.iter().enumerate() {
            if let Some(id) = flat_item(f, outer) {
                let before = self.pending.len();
                self.collect_items(&f.src, &[id], cx, f.macros.clone());
                owners.extend(std::iter::repeat_n(i, self.pending.len() - before));
            }
        }
        self.ribs.push(Rib::Scope(scope));
        let base_len = self.ribs.len();
        let base = self.ribs[..base_len - 1].to_vec();
        self.resolve_imports(first_import, &base);
        let pending: Vec<Pending<'a>> = self.pending.drain(first_pending..).collect();
        self.ribs.push(Rib::ItemBoundary);
        let saved = (self.owner, self.cur_crate, self.cur_macros.clone());
        let mut bodies: FxHashMap<usize, Vec<Deferred<'a>>> = FxHashMap::default();
        for (p, &i) in pending.iter().zip(&owners) {
            let mut deferred = Vec::new();
            self.lower_item_sig(p, &mut deferred);
            bodies.entry(i).or_default().extend(deferred);
        }
        (self.owner, self.cur_crate, self.cur_macros) = saved;
        self.ribs.truncate(base_len);
        (base_len, bodies)
    }

    /// Lowers the bodies of a block item where the item appears: the
    /// current ribs, an item boundary, then the item's own ribs.
    fn lower_item_bodies(&mut self, bodies: Vec<Deferred<'a>>, base_len: usize) {
        let saved = (self.owner, self.cur_crate, self.cur_macros.clone());
        for mut d in bodies {
            let mut ribs = self.ribs.clone();
            ribs.extend(d.ribs.drain(base_len.min(d.ribs.len())..));
            d.ribs = ribs;
            self.lower_deferred(d);
        }
        (self.owner, self.cur_crate, self.cur_macros) = saved;
    }

    fn lower_stmt(&mut self, src: &AstSrc<'a>, stmt: &ast::Stmt) -> Option<Stmt> {
        match &stmt.kind {
            StmtKind::Let { pat, ty, init, else_block, attrs } => {
                if !cfg_enabled(attrs, &self.options) {
                    return None;
                }
                let ty = ty.map(|t| self.lower_ty(src, t));
                let init = init.map(|e| self.lower_expr(src, e));
                let else_block = else_block.as_ref().map(|b| self.lower_block_expr(src, b, None, b.span));
                self.ribs.push(Rib::Locals(FxHashMap::default()));
                let mut cx = PatCx::new(false);
                let pat = self.lower_pat_in(src, *pat, &mut cx);
                self.add_bindings(&cx);
                Some(Stmt::Let { pat, ty, init, else_block, span: stmt.span })
            }
            StmtKind::Expr { expr, semi } => {
                let e = self.lower_expr(src, *expr);
                Some(Stmt::Expr { expr: e, semi: *semi })
            }
            StmtKind::Item(_) | StmtKind::Empty => None,
        }
    }
}

fn stmt_of<'s>(f: &'s Flat<'_>, outer: &'s [ast::Stmt]) -> Option<&'s ast::Stmt> {
    let FlatItem::Stmt(k) = f.item else {
        return None;
    };
    match &f.owned {
        Some(o) => o.block.as_ref().and_then(|b| b.stmts.get(k)),
        None => outer.get(k),
    }
}

/// The item of a flat statement, if it is an item statement.
fn flat_item(f: &Flat<'_>, outer: &[ast::Stmt]) -> Option<ast::ItemId> {
    match stmt_of(f, outer)?.kind {
        StmtKind::Item(id) => Some(id),
        _ => None,
    }
}
