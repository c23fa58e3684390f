//! The lowering context shared by every phase: the crate being built, the
//! scope tables of name resolution, the rib stack of the item or body
//! being lowered, and the arenas of the body under construction.

use crate::hir::*;
use crate::hygiene::{CrateKind, Hygiene};
use crate::macro_rules::MacroRules;
use crate::{ModuleLoader, Options};
use ferrum_span::{Diagnostic, Diagnostics, SourceMap, Span, Symbol};
use ferrum_syntax::ast::{self, Ast, ItemId};
use la_arena::Arena;
use rustc_hash::FxHashMap;
use std::ops::Deref;
use std::rc::Rc;

/// AST nodes produced after parsing: loaded module files and macro
/// expansions (whose statement form is kept in `block`).
pub(crate) struct OwnedAst {
    pub ast: Ast,
    pub block: Option<ast::Block>,
    pub items: Vec<ItemId>,
}

/// An AST borrowed from the caller or owned by the lowering.
#[derive(Clone)]
pub(crate) enum AstSrc<'a> {
    Borrowed(&'a Ast),
    Owned(Rc<OwnedAst>),
}

impl Deref for AstSrc<'_> {
    type Target = Ast;
    fn deref(&self) -> &Ast {
        match self {
            AstSrc::Borrowed(a) => a,
            AstSrc::Owned(o) => &o.ast,
        }
    }
}

pub(crate) type ScopeId = usize;
pub(crate) type MacroId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ns {
    Type = 0,
    Value = 1,
}

/// A name defined in a scope, by an item or an import.
#[derive(Clone, Copy, Debug)]
pub(crate) struct NameBinding {
    pub res: Res,
    pub vis: Visibility,
    pub span: Span,
    pub import: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScopeKind {
    Module,
    /// The items of a block (an anonymous module, as in rustc).
    Block,
    /// An enum's variants.
    Enum,
    /// A trait's associated items.
    Trait,
}

/// A namespace container: module, block, enum or trait.
pub(crate) struct ScopeData {
    pub kind: ScopeKind,
    /// The nearest enclosing module (itself for modules).
    pub module: DefId,
    pub names: [FxHashMap<Symbol, NameBinding>; 2],
    pub globs: [FxHashMap<Symbol, NameBinding>; 2],
    /// Traits imported as `use path::Trait as _;`: nameless, but in scope
    /// for method calls.
    pub anon_traits: Vec<DefId>,
}

/// Textual `macro_rules!` scope: a persistent list, newest first.
#[derive(Clone, Default)]
pub(crate) struct MacroScope(pub Option<Rc<MacroNode>>);

pub(crate) struct MacroNode {
    pub name: Symbol,
    pub id: MacroId,
    pub parent: MacroScope,
}

impl MacroScope {
    pub(crate) fn with(&self, name: Symbol, id: MacroId) -> MacroScope {
        MacroScope(Some(Rc::new(MacroNode { name, id, parent: self.clone() })))
    }

    pub(crate) fn lookup(&self, name: Symbol) -> Option<MacroId> {
        let mut cur = self.0.as_deref();
        while let Some(node) = cur {
            if node.name == name {
                return Some(node.id);
            }
            cur = node.parent.0.as_deref();
        }
        None
    }
}

/// A def created for an item of an impl, trait or enum, and that item.
pub(crate) type Child<'a> = (DefId, AstSrc<'a>, ItemId);

/// An item whose signature and body are lowered after import resolution.
pub(crate) struct Pending<'a> {
    pub def: DefId,
    pub src: AstSrc<'a>,
    pub item: ItemId,
    pub scope: ScopeId,
    pub macros: MacroScope,
    pub krate: CrateKind,
    /// Associated items of impls and traits (each from its own AST: macro
    /// calls in impl bodies expand into new ones), variants of enums.
    pub children: Vec<Child<'a>>,
    /// For functions declared in `extern` blocks.
    pub abi: Option<Abi>,
}

/// One `use` path, flattened out of its use tree.
pub(crate) struct Import {
    pub scope: ScopeId,
    pub global: bool,
    /// Path segments; for single imports the last one is the imported name.
    pub path: Vec<ast::Ident>,
    pub kind: ImportKind,
    pub vis: Visibility,
    pub span: Span,
    pub done: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ImportKind {
    /// `a::b as c`; `self_import` for `a::{self}`.
    Single {
        rename: Symbol,
        self_import: bool,
    },
    Glob,
}

/// One level of the lexical scope stack.
#[derive(Clone, Debug)]
pub(crate) enum Rib {
    Scope(ScopeId),
    /// Generic parameters: (name, index, is a const parameter).
    Generics {
        owner: DefId,
        params: Vec<(Symbol, u32, bool)>,
    },
    /// `Self` of an impl or trait: the `Res::SelfTy` plus the ADT it names, if any.
    SelfTy {
        res: Res,
        adt: Option<Res>,
    },
    Locals(FxHashMap<Symbol, BindingId>),
    /// Entering a nested item: outer locals and generics are not visible.
    ItemBoundary,
    /// Entering an array length or other anonymous const.
    ConstBoundary,
}

/// Loop and labelled-block targets for `break`/`continue`.
pub(crate) enum LabelEntry {
    Target {
        label: Option<Symbol>,
        expr: ExprId,
        is_loop: bool,
    },
    /// A closure body: `break` cannot leave it.
    Closure,
}

/// The body being lowered.
pub(crate) struct BodyCtx {
    pub owner: DefId,
    pub exprs: Arena<Expr>,
    pub pats: Arena<Pat>,
    pub bindings: Arena<Binding>,
    pub labels: Vec<LabelEntry>,
}

/// Interned names the lowering compares against often (comparing symbols
/// avoids reading the interner).
pub(crate) struct Syms {
    pub crate_: Symbol,
    pub dollar_crate: Symbol,
    pub self_lower: Symbol,
    pub self_upper: Symbol,
    pub super_: Symbol,
    pub std: Symbol,
    pub core: Symbol,
    pub alloc: Symbol,
    pub underscore: Symbol,
    /// Primitive type names.
    pub prims: FxHashMap<Symbol, PrimTy>,
}

impl Syms {
    fn new() -> Syms {
        let prims = [
            "bool", "char", "str", "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128",
            "usize", "f32", "f64",
        ]
        .iter()
        .filter_map(|n| PrimTy::from_name(n).map(|p| (Symbol::intern(n), p)))
        .collect();
        Syms {
            crate_: Symbol::intern("crate"),
            dollar_crate: Symbol::intern("$crate"),
            self_lower: Symbol::intern("self"),
            self_upper: Symbol::intern("Self"),
            super_: Symbol::intern("super"),
            std: Symbol::intern("std"),
            core: Symbol::intern("core"),
            alloc: Symbol::intern("alloc"),
            underscore: Symbol::intern("_"),
            prims,
        }
    }

    pub(crate) fn is_extern_crate(&self, s: Symbol) -> bool {
        s == self.std || s == self.core || s == self.alloc
    }
}

/// Shape and field count of a struct or variant, known from collection.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ShapeInfo {
    pub shape: VariantShape,
    pub fields: usize,
}

pub(crate) struct Lowerer<'a> {
    pub krate: Crate,
    /// Diagnostics of the lowering, handed to the caller when it ends (and
    /// after each body lowered on demand).
    pub diags: Diagnostics,
    pub sources: &'a SourceMap,
    pub loader: &'a mut dyn ModuleLoader,
    pub options: Options,
    pub hygiene: Hygiene,
    pub scopes: Vec<ScopeData>,
    pub def_scope: FxHashMap<DefId, ScopeId>,
    pub imports: Vec<Import>,
    pub macros: Vec<MacroRules>,
    /// `#[macro_export]` macros of the library, usable everywhere.
    pub exported_macros: FxHashMap<Symbol, MacroId>,
    pub pending: Vec<Pending<'a>>,
    pub ribs: Vec<Rib>,
    pub bodies: Vec<BodyCtx>,
    pub shapes: FxHashMap<DefId, ShapeInfo>,
    /// Generic parameter count of impls and traits (their items' parent count).
    pub generic_counts: FxHashMap<DefId, u32>,
    pub user_scope: ScopeId,
    pub std_scope: ScopeId,
    pub prelude: Option<ScopeId>,
    /// The textual macro scope at the current point of a body.
    pub cur_macros: MacroScope,
    pub cur_crate: CrateKind,
    /// A placeholder type for signatures not lowered yet.
    pub dummy_ty: TypeRefId,
    /// The item whose signature or body is being lowered (owner of new bodies).
    pub owner: DefId,
    /// Work done by `macro_rules!` expansion so far, bounded so that
    /// exponentially growing expansions stop with an error.
    pub expansions: u32,
    pub expanded_tokens: usize,
    /// Set when the expansion budget is exhausted: later calls fail
    /// silently instead of repeating the error.
    pub expansion_aborted: bool,
    pub syms: Syms,
    /// Macros that hit the recursion limit (reported once each).
    pub recursion_reported: rustc_hash::FxHashSet<MacroId>,
    /// Trait scopes already interned, by the chain of scopes they come from.
    pub trait_scope_ids: FxHashMap<Vec<ScopeId>, TraitScopeId>,
    /// Where the next outermost body goes, if its id was handed out
    /// before it was lowered (see [`crate::lazy`]).
    pub reserved_body: Option<BodyId>,
}

impl<'a> Lowerer<'a> {
    pub(crate) fn new(sources: &'a SourceMap, loader: &'a mut dyn ModuleLoader, options: Options) -> Lowerer<'a> {
        let mut krate = Crate::default();
        let dummy_ty = krate.types.alloc(TypeRef { kind: TypeRefKind::Err, span: Span::DUMMY });
        // The two crate roots come first: the library's, then the user's.
        let root = |name: &str, is_library: bool| Def {
            name: Symbol::intern(name),
            span: Span::DUMMY,
            parent: None,
            vis: Visibility::Public,
            kind: DefKind::Mod { items: Vec::new() },
            is_library,
            derives: Vec::new(),
        };
        let std_root = krate.defs.alloc(root("std", true));
        let user_root = krate.defs.alloc(root("crate", false));
        krate.std_root = Some(std_root);
        krate.root = Some(user_root);
        let owner = user_root;
        let mut lw = Lowerer {
            krate,
            diags: Diagnostics::default(),
            sources,
            loader,
            options,
            hygiene: Hygiene::new(),
            scopes: Vec::new(),
            def_scope: FxHashMap::default(),
            imports: Vec::new(),
            macros: Vec::new(),
            exported_macros: FxHashMap::default(),
            pending: Vec::new(),
            ribs: Vec::new(),
            bodies: Vec::new(),
            shapes: FxHashMap::default(),
            generic_counts: FxHashMap::default(),
            user_scope: 0,
            std_scope: 0,
            prelude: None,
            cur_macros: MacroScope::default(),
            cur_crate: CrateKind::User,
            dummy_ty,
            owner,
            expansions: 0,
            expanded_tokens: 0,
            expansion_aborted: false,
            recursion_reported: Default::default(),
            trait_scope_ids: FxHashMap::default(),
            reserved_body: None,
            syms: Syms::new(),
        };
        lw.cur_crate = CrateKind::Std;
        lw.std_scope = lw.new_scope(ScopeKind::Module, Some(std_root), std_root);
        lw.cur_crate = CrateKind::User;
        lw.user_scope = lw.new_scope(ScopeKind::Module, Some(user_root), user_root);
        lw
    }

    pub(crate) fn error(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    /// The plain name of an identifier (its hygiene mark removed).
    pub(crate) fn plain(&self, sym: Symbol) -> Symbol {
        self.hygiene.strip(sym)
    }

    pub(crate) fn new_def(
        &mut self,
        name: Symbol,
        span: Span,
        parent: Option<DefId>,
        vis: Visibility,
        kind: DefKind,
    ) -> DefId {
        let is_library = self.cur_crate == CrateKind::Std;
        self.krate.defs.alloc(Def { name, span, parent, vis, kind, is_library, derives: Vec::new() })
    }

    pub(crate) fn new_scope(&mut self, kind: ScopeKind, def: Option<DefId>, module: DefId) -> ScopeId {
        self.scopes.push(ScopeData {
            kind,
            module,
            names: Default::default(),
            globs: Default::default(),
            anon_traits: Vec::new(),
        });
        let id = self.scopes.len() - 1;
        if let Some(def) = def {
            self.def_scope.insert(def, id);
        }
        id
    }

    pub(crate) fn root_scope(&self, krate: CrateKind) -> ScopeId {
        match krate {
            CrateKind::User => self.user_scope,
            CrateKind::Std => self.std_scope,
        }
    }

    pub(crate) fn body(&mut self) -> &mut BodyCtx {
        self.bodies.last_mut().expect("lowering a body without a body context")
    }

    pub(crate) fn alloc_expr(&mut self, kind: ExprKind, span: Span) -> ExprId {
        self.body().exprs.alloc(Expr { kind, span })
    }

    pub(crate) fn alloc_pat(&mut self, kind: PatKind, span: Span) -> PatId {
        self.body().pats.alloc(Pat { kind, span })
    }

    pub(crate) fn alloc_ty(&mut self, kind: TypeRefKind, span: Span) -> TypeRefId {
        self.krate.types.alloc(TypeRef { kind, span })
    }

    pub(crate) fn err_expr(&mut self, span: Span) -> ExprId {
        self.alloc_expr(ExprKind::Err, span)
    }

    /// Starts a body owned by `owner`.
    pub(crate) fn push_body(&mut self, owner: DefId) {
        self.bodies.push(BodyCtx {
            owner,
            exprs: Arena::default(),
            pats: Arena::default(),
            bindings: Arena::default(),
            labels: Vec::new(),
        });
    }

    /// Finishes the current body and stores it in the crate.
    pub(crate) fn finish_body(&mut self, params: Vec<PatId>, value: ExprId) -> BodyId {
        let b = self.bodies.pop().expect("finish_body without push_body");
        let body = Body { owner: b.owner, params, value, exprs: b.exprs, pats: b.pats, bindings: b.bindings };
        match self.reserved_body.filter(|_| self.bodies.is_empty()) {
            Some(id) => {
                self.reserved_body = None;
                self.krate.bodies[id] = body;
                id
            }
            None => self.krate.bodies.alloc(body),
        }
    }

    /// Whether `module` is `ancestor` or inside it.
    pub(crate) fn is_descendant(&self, module: DefId, ancestor: DefId) -> bool {
        let mut cur = Some(module);
        let mut steps = 0;
        while let Some(m) = cur {
            if m == ancestor {
                return true;
            }
            steps += 1;
            if steps > 10_000 {
                return false;
            }
            cur = self.krate.defs[m].parent;
        }
        false
    }

    pub(crate) fn is_accessible(&self, vis: Visibility, from_module: DefId) -> bool {
        match vis {
            Visibility::Public => true,
            Visibility::Restricted(m) => self.is_descendant(from_module, m),
        }
    }

    /// The module of the innermost scope rib.
    pub(crate) fn current_module(&self) -> DefId {
        let scope = self.current_scope();
        self.scopes[scope].module
    }

    pub(crate) fn current_scope(&self) -> ScopeId {
        self.ribs
            .iter()
            .rev()
            .find_map(|r| match r {
                Rib::Scope(s) => Some(*s),
                _ => None,
            })
            .unwrap_or(self.user_scope)
    }
}
