//! Name resolution and macro expansion: AST to [`hir`].
//!
//! Input: the parsed user file and the parsed library root (more files of
//! both come through a [`ModuleLoader`] for `mod name;`).
//! Output: one [`hir::Crate`] with every item in an arena, every path
//! resolved to a [`hir::Res`], and bodies with built-in macros and
//! `macro_rules!` expanded and surface sugar desugared.
//!
//! Phases: [`collect`] walks the module trees and creates defs; [`imports`]
//! resolves `use` to a fixpoint; [`item`] lowers signatures; [`body`],
//! [`expr`], [`pat`] and [`macros`] lower bodies. [`derive`] expands
//! `#[derive]` into impls while collecting. [`print`] renders the result
//! for `--emit hir`.
//!
//! Invariants: lowering never fails and never panics; unresolved names
//! become `Res::Err`/`ExprKind::Err` with a rustc-style diagnostic. Each
//! binding is declared once per pattern and every `Res::Local` refers to a
//! binding of the same body. Every loop is bounded and macro expansion
//! stops at rustc's recursion limit (128).

pub mod hir;

mod asserts;
mod astprint;
mod attrs;
mod body;
mod collect;
mod control;
mod ctx;
mod derive;
mod elision;
mod expand;
mod expr;
mod format;
mod format_args;
mod format_lower;
mod fragment;
mod generics;
mod hygiene;
mod imports;
mod item;
mod lazy;
mod macro_rules;
mod macros;
mod modules;
mod pat;
mod pat_path;
mod path_expr;
mod print;
mod resolve;
mod resolve_errors;
mod scope;
mod strmap;
mod sugar;
mod tokens;
mod trait_scope;
mod transcribe;
mod ty;
pub mod visit;

use collect::CollectCx;
use ctx::{AstSrc, Lowerer, MacroScope, Ns, Rib};
use ferrum_span::{Diagnostic, Diagnostics, FileId, SourceMap, Span, Symbol};
use ferrum_syntax::ast::SourceFileAst;
use hir::{Crate, DefId, DefKind, Res};
use hygiene::CrateKind;

pub use lazy::LazyBodies;
pub use print::{def_path, print_crate};

/// Loads the file of `mod name;` declared in file `from`.
pub trait ModuleLoader {
    fn load(
        &mut self,
        from: FileId,
        name: Symbol,
        span: Span,
        diags: &mut Diagnostics,
    ) -> Option<(FileId, SourceFileAst)>;
}

/// Configuration for `#[cfg]` and `cfg!`.
#[derive(Clone, Debug)]
pub struct Options {
    /// `cfg(test)`: set by `ferrum test`.
    pub cfg_test: bool,
    /// `cfg(debug_assertions)`: on, as in rustc's default (debug) build.
    pub debug_assertions: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options { cfg_test: false, debug_assertions: true }
    }
}

/// Lowers the user crate and the library together, with default options.
pub fn lower_crate(
    user: (FileId, &SourceFileAst),
    std: (FileId, &SourceFileAst),
    loader: &mut dyn ModuleLoader,
    sources: &SourceMap,
    diags: &mut Diagnostics,
) -> Crate {
    lower_crate_with(user, std, loader, sources, diags, Options::default())
}

/// [`lower_crate`] with explicit options (`ferrum test` sets `cfg_test`).
pub fn lower_crate_with(
    user: (FileId, &SourceFileAst),
    std: (FileId, &SourceFileAst),
    loader: &mut dyn ModuleLoader,
    sources: &SourceMap,
    diags: &mut Diagnostics,
    options: Options,
) -> Crate {
    let mut lw = Lowerer::new(sources, loader, options);
    lower_items(&mut lw, user, std, &mut |lw, d| lw.lower_deferred(d));
    diags.extend(std::mem::take(&mut lw.diags));
    lw.krate
}

/// [`lower_crate_with`], leaving library function bodies for later: the
/// returned [`LazyBodies`] lowers each when it is needed (type checking
/// reaches it), so start-up cost doesn't grow with the library.
pub fn lower_crate_lazy<'a>(
    user: (FileId, &'a SourceFileAst),
    std: (FileId, &'a SourceFileAst),
    loader: &'a mut dyn ModuleLoader,
    sources: &'a SourceMap,
    diags: &mut Diagnostics,
    options: Options,
) -> (Crate, LazyBodies<'a>) {
    let mut lw = Lowerer::new(sources, loader, options);
    let mut waiting = Default::default();
    lower_items(&mut lw, user, std, &mut |lw, d| lazy::defer_or_lower(lw, d, &mut waiting));
    diags.extend(std::mem::take(&mut lw.diags));
    let krate = std::mem::take(&mut lw.krate);
    (krate, LazyBodies::new(lw, waiting))
}

/// Collects both crates, resolves imports, lowers signatures, and hands
/// each body to `body`.
fn lower_items<'a>(
    lw: &mut Lowerer<'a>,
    user: (FileId, &'a SourceFileAst),
    std: (FileId, &'a SourceFileAst),
    body: &mut dyn FnMut(&mut Lowerer<'a>, item::Deferred<'a>),
) {
    let std_root = lw.krate.std_root.expect("roots are created with the lowerer");
    let user_root = lw.krate.root.expect("roots are created with the lowerer");

    lw.cur_crate = CrateKind::Std;
    let cx = CollectCx { module: std_root, scope: lw.std_scope, in_block: false };
    lw.collect_items(&AstSrc::Borrowed(&std.1.ast), &std.1.items, cx, MacroScope::default());
    lw.cur_crate = CrateKind::User;
    let cx = CollectCx { module: user_root, scope: lw.user_scope, in_block: false };
    lw.collect_items(&AstSrc::Borrowed(&user.1.ast), &user.1.items, cx, MacroScope::default());

    let prelude = Symbol::intern("prelude");
    if let Some(b) = lw.lookup_in(lw.std_scope, Ns::Type, prelude) {
        if let Res::Def(d) = b.res {
            lw.prelude = lw.def_scope.get(&d).copied();
        }
    }
    lw.resolve_imports(0, &[]);

    let pending = std::mem::take(&mut lw.pending);
    let mut deferred = Vec::new();
    for p in &pending {
        lw.ribs = vec![Rib::Scope(p.scope)];
        lw.lower_item_sig(p, &mut deferred);
    }
    drop(pending);
    attrs::inherit_track_caller(&mut lw.krate);
    for d in deferred {
        body(lw, d);
    }

    if let Some(b) = lw.lookup_in(lw.user_scope, Ns::Value, Symbol::intern("main")) {
        if let Res::Def(d) = b.res {
            if matches!(lw.krate.defs[d].kind, DefKind::Fn(_)) {
                lw.krate.main_fn = Some(d);
            }
        }
    }
}

/// E0601 for a crate without `fn main`, for the driver to report when it
/// needs one; `file` names the crate's root file.
pub fn missing_main(krate: &Crate, crate_name: &str, file: &str, end_of_file: Span) -> Option<Diagnostic> {
    if krate.main_fn.is_some() {
        return None;
    }
    Some(
        Diagnostic::error(format!("`main` function not found in crate `{crate_name}`"))
            .code("E0601")
            .primary(end_of_file, format!("consider adding a `main` function to `{file}`")),
    )
}

/// Whether `def` is a crate root module.
pub fn is_crate_root(krate: &Crate, def: DefId) -> bool {
    krate.root == Some(def) || krate.std_root == Some(def)
}
