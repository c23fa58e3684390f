//! The abstract syntax tree: what the parser produces, before names are
//! resolved or macros expanded.
//!
//! Nodes live in the arenas of one [`Ast`] and refer to each other by typed
//! ids. Every node carries its span. Where parsing failed, `Err` variants
//! stand in so later stages can keep going.

use ferrum_span::{Span, Symbol};
use la_arena::{Arena, Idx};

pub type ExprId = Idx<Expr>;
pub type PatId = Idx<Pat>;
pub type TypeId = Idx<Type>;
pub type ItemId = Idx<Item>;

/// All nodes of one parsed file (or macro argument fragment).
#[derive(Default, Debug)]
pub struct Ast {
    pub exprs: Arena<Expr>,
    pub pats: Arena<Pat>,
    pub types: Arena<Type>,
    pub items: Arena<Item>,
}

/// A parsed source file: its top-level items and inner attributes.
#[derive(Debug)]
pub struct SourceFileAst {
    pub ast: Ast,
    pub attrs: Vec<Attribute>,
    pub items: Vec<ItemId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ident {
    pub name: Symbol,
    pub span: Span,
}

// ---------------------------------------------------------------- tokens

/// A token as the parser sees it after gluing rustc_lexer's single-char
/// punctuation into multi-char operators where unambiguous.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TokenKind {
    Ident(Symbol),
    /// `r#ident`.
    RawIdent(Symbol),
    Lifetime(Symbol),
    Literal(Lit),
    /// Punctuation, already glued: `::`, `->`, `=>`, `==`, `!=`, `<=`, `>=`,
    /// `&&`, `||`, `+=`, `-=`, `*=`, `/=`, `%=`, `^=`, `&=`, `|=`, `<<=`,
    /// `>>=`, `..`, `...`, `..=`, `<<`, `>>` and single characters.
    /// The parser splits `>>`, `&&`, `||`, `..=` etc. when a context needs it.
    Punct(&'static str),
    OpenDelim(Delim),
    CloseDelim(Delim),
    Eof,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delim {
    Paren,
    Bracket,
    Brace,
}

/// A macro invocation's argument tokens, delimiters excluded, plus the
/// delimiter used. Kept as flat tokens; delimiters inside are balanced.
#[derive(Clone, Debug, PartialEq)]
pub struct TokenStream {
    pub delim: Delim,
    pub tokens: Vec<Token>,
    /// Span of the whole delimited group, delimiters included.
    pub span: Span,
}

// ---------------------------------------------------------------- literals

#[derive(Clone, Debug, PartialEq)]
pub struct Lit {
    pub kind: LitKind,
    /// Suffix such as `u8`, `i64`, `f32`, `usize`.
    pub suffix: Option<Symbol>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum LitKind {
    Bool(bool),
    /// Integer literals keep their value; out-of-range is checked later.
    Int(u128),
    /// Float literal text without suffix or underscores, e.g. `1.5e3`.
    Float(Symbol),
    Char(char),
    Byte(u8),
    /// String contents after escape processing.
    Str(Symbol),
    ByteStr(Vec<u8>),
    /// Malformed literal (already reported).
    Err,
}

// ---------------------------------------------------------------- paths

#[derive(Clone, Debug, PartialEq)]
pub struct Path {
    /// `<T as Trait>::rest` or `<T>::rest`.
    pub qself: Option<Box<QSelf>>,
    /// Leading `::`.
    pub global: bool,
    pub segments: Vec<PathSegment>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct QSelf {
    pub ty: TypeId,
    /// `as Trait` part, if any.
    pub trait_path: Option<Path>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PathSegment {
    /// Also `self`, `super`, `crate`, `Self` as identifiers.
    pub ident: Ident,
    /// `::<...>` in expressions or `<...>` in types; `Fn(A) -> B` sugar too.
    pub args: Option<GenericArgs>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GenericArgs {
    pub args: Vec<GenericArg>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum GenericArg {
    Type(TypeId),
    Lifetime(Ident),
    /// A const argument: a literal, a block, or a path treated as a type by
    /// the parser when ambiguous.
    Const(ExprId),
    /// `Item = Type` in `Iterator<Item = u32>`.
    Binding(Ident, TypeId),
    /// `Fn(A, B) -> C` parenthesised sugar: inputs and output.
    FnSugar { inputs: Vec<TypeId>, output: Option<TypeId> },
}

// ---------------------------------------------------------------- types

#[derive(Debug)]
pub struct Type {
    pub kind: TypeKind,
    pub span: Span,
}

#[derive(Debug)]
pub enum TypeKind {
    Path(Path),
    Ref { lifetime: Option<Ident>, mutable: bool, ty: TypeId },
    RawPtr { mutable: bool, ty: TypeId },
    /// `()` is an empty tuple; `(T)` is parenthesised and parsed as `T`.
    Tuple(Vec<TypeId>),
    Array(TypeId, ExprId),
    Slice(TypeId),
    Never,
    /// `_`.
    Infer,
    FnPtr { is_unsafe: bool, params: Vec<TypeId>, ret: Option<TypeId> },
    ImplTrait(Vec<Bound>),
    DynTrait(Vec<Bound>),
    MacCall(MacCall),
    Err,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Bound {
    /// `Trait`, `?Sized` (maybe = true), `for<'a> Fn(&'a T)`.
    Trait { path: Path, maybe: bool },
    Lifetime(Ident),
}

// ---------------------------------------------------------------- patterns

#[derive(Debug)]
pub struct Pat {
    pub kind: PatKind,
    pub span: Span,
}

#[derive(Debug)]
pub enum PatKind {
    Wild,
    /// `ref mut name @ sub`. A bare identifier may later resolve to a unit
    /// struct, enum variant or const instead of a binding.
    Ident { by_ref: bool, mutable: bool, name: Ident, sub: Option<PatId> },
    /// A literal, possibly negated (`-1`), or a const path expression.
    Lit(ExprId),
    /// `a..=b`, `a..b`, `a..`, `..=b`; ends are literal or path expressions.
    Range { lo: Option<ExprId>, hi: Option<ExprId>, inclusive: bool },
    Tuple(Vec<PatId>),
    Path(Path),
    TupleStruct { path: Path, elems: Vec<PatId> },
    Struct { path: Path, fields: Vec<FieldPat>, rest: bool },
    Ref { mutable: bool, pat: PatId },
    Or(Vec<PatId>),
    Slice(Vec<PatId>),
    /// `..` inside tuple, tuple-struct and slice patterns.
    Rest,
    Box(PatId),
    MacCall(MacCall),
    Err,
}

#[derive(Debug)]
pub struct FieldPat {
    pub name: Ident,
    /// For shorthand `Point { x, ref mut y }` this is an `Ident` pattern.
    pub pat: PatId,
    pub shorthand: bool,
    pub span: Span,
}

// ---------------------------------------------------------------- expressions

#[derive(Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    BitXor,
    BitAnd,
    BitOr,
    Shl,
    Shr,
    Eq,
    Lt,
    Le,
    Ne,
    Ge,
    Gt,
}

impl BinOp {
    /// The operator as written in source.
    pub fn as_str(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Rem => "%",
            BinOp::And => "&&",
            BinOp::Or => "||",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::Shl => "<<",
            BinOp::Shr => ">>",
            BinOp::Eq => "==",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Ne => "!=",
            BinOp::Ge => ">=",
            BinOp::Gt => ">",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Deref,
    Not,
    Neg,
}

#[derive(Debug)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    /// The trailing expression without `;`, if any.
    pub tail: Option<ExprId>,
    pub is_unsafe: bool,
    pub span: Span,
}

#[derive(Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug)]
pub enum StmtKind {
    Let { pat: PatId, ty: Option<TypeId>, init: Option<ExprId>, else_block: Option<Block>, attrs: Vec<Attribute> },
    /// An item declared inside a block (nested fn, struct, use, ...).
    Item(ItemId),
    /// An expression statement; `semi` says whether `;` followed. Block-like
    /// expressions (`if`, `match`, ...) may omit it.
    Expr { expr: ExprId, semi: bool },
    /// A lone `;`.
    Empty,
}

#[derive(Debug)]
pub struct Arm {
    pub pat: PatId,
    pub guard: Option<ExprId>,
    pub body: ExprId,
    pub span: Span,
}

#[derive(Debug)]
pub struct FieldExpr {
    pub name: Ident,
    pub expr: ExprId,
    pub shorthand: bool,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldName {
    Named(Symbol),
    /// `t.0`.
    Index(u32),
}

#[derive(Debug)]
pub struct ClosureParam {
    pub pat: PatId,
    pub ty: Option<TypeId>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MacCall {
    pub path: Path,
    pub args: TokenStream,
    pub span: Span,
}

#[derive(Debug)]
pub enum ExprKind {
    Lit(Lit),
    Path(Path),
    Unary(UnOp, ExprId),
    Binary(BinOp, ExprId, ExprId),
    Assign(ExprId, ExprId),
    /// `a += b`; the op is the arithmetic one (`Add` for `+=`).
    AssignOp(BinOp, ExprId, ExprId),
    Call(ExprId, Vec<ExprId>),
    MethodCall { receiver: ExprId, method: Ident, generic_args: Option<GenericArgs>, args: Vec<ExprId> },
    Field(ExprId, FieldName, Span),
    Index(ExprId, ExprId),
    Block(Block, Option<Ident>),
    If { cond: ExprId, then: Block, else_: Option<ExprId> },
    /// `let PAT = EXPR` inside `if`/`while` conditions (and `&&` chains).
    Let(PatId, ExprId),
    While { cond: ExprId, body: Block, label: Option<Ident> },
    Loop { body: Block, label: Option<Ident> },
    For { pat: PatId, iter: ExprId, body: Block, label: Option<Ident> },
    Match { scrutinee: ExprId, arms: Vec<Arm> },
    Break { label: Option<Ident>, value: Option<ExprId> },
    Continue { label: Option<Ident> },
    Return(Option<ExprId>),
    Tuple(Vec<ExprId>),
    Array(Vec<ExprId>),
    /// `[value; count]`.
    Repeat(ExprId, ExprId),
    Struct { path: Path, fields: Vec<FieldExpr>, base: Option<ExprId> },
    Range { lo: Option<ExprId>, hi: Option<ExprId>, inclusive: bool },
    Cast(ExprId, TypeId),
    /// `&e`, `&mut e`.
    Ref { mutable: bool, expr: ExprId },
    /// `&raw const e`, `&raw mut e`.
    RawRef { mutable: bool, expr: ExprId },
    Closure { is_move: bool, params: Vec<ClosureParam>, ret: Option<TypeId>, body: ExprId },
    /// `e?`.
    Try(ExprId),
    MacCall(MacCall),
    Paren(ExprId),
    Err,
}

// ---------------------------------------------------------------- items

#[derive(Clone, Debug, PartialEq)]
pub struct Attribute {
    /// `derive`, `test`, `builtin`, `allow`, `inline`, `cfg`, ...
    pub path: Path,
    /// Tokens after the path: `(Debug, Clone)` or `= "x"`; empty if none.
    pub args: Vec<Token>,
    /// `#![...]` rather than `#[...]`.
    pub inner: bool,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Visibility {
    Private,
    /// `pub`.
    Public,
    /// `pub(crate)`, `pub(super)`, `pub(self)`, `pub(in path)`.
    Restricted(Path),
}

#[derive(Debug)]
pub struct Item {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub kind: ItemKind,
    pub span: Span,
}

#[derive(Debug, Default)]
pub struct Generics {
    pub params: Vec<GenericParam>,
    pub where_clause: Vec<WherePredicate>,
    pub span: Span,
}

#[derive(Debug)]
pub struct GenericParam {
    pub name: Ident,
    pub kind: GenericParamKind,
}

#[derive(Debug)]
pub enum GenericParamKind {
    Lifetime { bounds: Vec<Ident> },
    Type { bounds: Vec<Bound>, default: Option<TypeId> },
    Const { ty: TypeId, default: Option<ExprId> },
}

#[derive(Debug)]
pub enum WherePredicate {
    /// `T: A + B`.
    Bound { ty: TypeId, bounds: Vec<Bound> },
    /// `'a: 'b`.
    Lifetime { lifetime: Ident, bounds: Vec<Ident> },
}

#[derive(Debug)]
pub struct Param {
    pub pat: PatId,
    pub ty: TypeId,
    pub span: Span,
}

#[derive(Debug)]
pub enum SelfKind {
    /// `self`, `mut self`.
    Value { mutable: bool },
    /// `&self`, `&'a mut self`.
    Ref { lifetime: Option<Ident>, mutable: bool },
    /// `self: Box<Self>`, `mut self: T`.
    Explicit { mutable: bool, ty: TypeId },
}

#[derive(Debug)]
pub struct SelfParam {
    pub kind: SelfKind,
    pub span: Span,
}

#[derive(Debug)]
pub struct FnSig {
    pub is_unsafe: bool,
    pub is_const: bool,
    /// `extern "C"` / `extern "ferrum"`.
    pub abi: Option<Symbol>,
    pub self_param: Option<SelfParam>,
    pub params: Vec<Param>,
    pub ret: Option<TypeId>,
    /// `...` at the end (C variadics).
    pub variadic: bool,
}

#[derive(Debug)]
pub struct Fn {
    pub name: Ident,
    pub generics: Generics,
    pub sig: FnSig,
    /// `None` for trait method declarations and foreign functions.
    pub body: Option<Block>,
    /// What parsing the body made, so that name resolution can tell
    /// cheaply whether lowering it can create items.
    pub body_nodes: BodyNodes,
    /// The body's tokens, when parsing it was left for later (library
    /// code; see [`crate::parse_file_deferred`]). `body` is then an empty
    /// block with the body's span.
    pub deferred: Option<Box<DeferredBody>>,
}

/// A function body kept as tokens, braces included, until it is needed:
/// [`crate::parse_deferred_body`] parses it.
#[derive(Debug)]
pub struct DeferredBody {
    pub(crate) tokens: crate::token::Tokens,
    pub span: Span,
}

impl DeferredBody {
    /// The body's tokens in `ast` form.
    pub fn tokens(&self) -> Vec<Token> {
        crate::token::Tokens::to_ast(&self.tokens.toks, &self.tokens.lits)
    }

    /// Identifiers in the body, each with whether `!` follows it.
    pub fn idents(&self) -> impl Iterator<Item = (Symbol, bool)> + '_ {
        let toks = &self.tokens.toks;
        toks.iter().enumerate().filter_map(|(i, t)| match t.kind {
            crate::token::Tk::Ident(s) | crate::token::Tk::RawIdent(s) => {
                let bang = toks.get(i + 1).is_some_and(|n| n.kind == crate::token::Tk::Punct("!"));
                Some((s, bang))
            }
            _ => None,
        })
    }
}

/// The nodes parsing a function body allocated.
#[derive(Debug, Clone, Default)]
pub struct BodyNodes {
    /// The body's expressions: `Ast::exprs` indices in this range.
    pub exprs: std::ops::Range<u32>,
    /// Macro calls parsed in the body (in expression, statement, pattern
    /// or type position).
    pub mac_calls: u32,
    /// Whether the body declares items (nested functions, impls, ...).
    pub has_items: bool,
}

#[derive(Debug)]
pub struct FieldDef {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    /// `None` for tuple-struct fields.
    pub name: Option<Ident>,
    pub ty: TypeId,
    pub span: Span,
}

#[derive(Debug)]
pub enum VariantData {
    Named(Vec<FieldDef>),
    Tuple(Vec<FieldDef>),
    Unit,
}

#[derive(Debug)]
pub struct Variant {
    pub attrs: Vec<Attribute>,
    pub name: Ident,
    pub data: VariantData,
    /// `= 5`.
    pub discriminant: Option<ExprId>,
    pub span: Span,
}

#[derive(Debug)]
pub struct Impl {
    pub generics: Generics,
    pub is_unsafe: bool,
    /// `!` in `impl !Trait for T`.
    pub negative: bool,
    pub trait_path: Option<Path>,
    pub self_ty: TypeId,
    pub items: Vec<ItemId>,
}

#[derive(Debug)]
pub struct Trait {
    pub name: Ident,
    pub is_unsafe: bool,
    pub generics: Generics,
    pub supertraits: Vec<Bound>,
    pub items: Vec<ItemId>,
}

#[derive(Debug)]
pub enum UseTree {
    /// `a::b` or `a::b as c`; `self` as the last segment in a group too.
    Simple { path: Path, rename: Option<Ident> },
    /// `a::b::*`.
    Glob { prefix: Path },
    /// `a::{b, c::d}`; the prefix may be empty (`{a, b}` or `::{...}`).
    Nested { prefix: Path, trees: Vec<UseTree> },
}

#[derive(Debug)]
pub enum ItemKind {
    Fn(Fn),
    Struct { name: Ident, generics: Generics, data: VariantData },
    Enum { name: Ident, generics: Generics, variants: Vec<Variant> },
    Union { name: Ident, generics: Generics, fields: Vec<FieldDef> },
    Impl(Impl),
    Trait(Trait),
    /// `type X = T;` (in traits: `type Item: Bound;` with `ty` = None).
    TypeAlias { name: Ident, generics: Generics, bounds: Vec<Bound>, ty: Option<TypeId> },
    Const { name: Ident, ty: TypeId, value: Option<ExprId> },
    Static { name: Ident, mutable: bool, ty: TypeId, value: Option<ExprId> },
    /// `mod name { items }`; `inline` is false for `mod name;`.
    Mod { name: Ident, items: Vec<ItemId>, inline: bool },
    Use(UseTree),
    ExternCrate { name: Ident, rename: Option<Ident> },
    /// `extern "abi" { fn ...; static ...; }` whose items are `Fn`/`Static` items.
    ExternBlock { abi: Option<Symbol>, items: Vec<ItemId> },
    /// `macro_rules! name { ... }`: the body tokens, braces excluded.
    MacroRules { name: Ident, body: TokenStream },
    /// A macro call in item position: `thread_local! { ... }`.
    MacCall(MacCall),
    Err,
}

impl Ast {
    /// An empty tree with room for what about `tokens` tokens of ordinary
    /// code produce, so the arenas do not grow (and copy) while parsing.
    pub fn with_capacity_for_tokens(tokens: usize) -> Ast {
        Ast {
            exprs: Arena::with_capacity(tokens / 3),
            pats: Arena::with_capacity(tokens / 14),
            types: Arena::with_capacity(tokens / 10),
            items: Arena::with_capacity(tokens / 64),
        }
    }
}

impl Item {
    /// The item's own name, if it has one.
    pub fn name(&self) -> Option<Ident> {
        match &self.kind {
            ItemKind::Fn(f) => Some(f.name),
            ItemKind::Struct { name, .. }
            | ItemKind::Enum { name, .. }
            | ItemKind::Union { name, .. }
            | ItemKind::TypeAlias { name, .. }
            | ItemKind::Const { name, .. }
            | ItemKind::Static { name, .. }
            | ItemKind::Mod { name, .. }
            | ItemKind::ExternCrate { name, .. }
            | ItemKind::MacroRules { name, .. } => Some(*name),
            ItemKind::Trait(t) => Some(t.name),
            ItemKind::Impl(_) | ItemKind::Use(_) | ItemKind::ExternBlock { .. } | ItemKind::MacCall(_) | ItemKind::Err => None,
        }
    }
}
