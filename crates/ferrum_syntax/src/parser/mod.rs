//! The recursive-descent parser: token access (a fixed lookahead window
//! over a token [`Source`], which streams from the lexer or reads a macro's
//! token list; no backtracking), splitting of glued punctuation, and the
//! nesting guard. Grammar lives in the submodules:
//! [`expr`] (the Pratt loop, prefix and postfix operators), [`atom`]
//! (primary expressions), [`control`] (`if`, loops, `match`, closures),
//! [`stmt`] (blocks and statements), [`pat`], [`ty`], [`path`], [`item`],
//! [`adt`] (structs, enums, unions), [`module`] (impl, trait, mod, use,
//! extern), [`generics`], [`attr`] (attributes, visibility, token trees)
//! and [`recovery`] (error messages and resynchronisation).
//!
//! Error handling: grammar functions return [`PResult`]; an `Err` means the
//! error is already reported. Errors propagate to the nearest recovery
//! point (a list element, a statement, an item), which skips to a
//! synchronisation token and inserts an `Err` node, so each independent
//! error is reported once.

mod adt;
mod atom;
mod attr;
mod control;
mod entry;
mod expr;
mod generics;
mod item;
mod module;
mod pat;
mod path;
mod recovery;
mod stmt;
mod ty;

use crate::ast::{Ast, Delim, Expr, ExprId, ExprKind, Lit, Pat, PatId, PatKind, Type, TypeId, TypeKind};
use crate::kw::{Keywords, Kw};
use crate::token::{Source, Tk, Tok};
use ferrum_span::{Diagnostics, Span};
pub(crate) use recovery::Expected;

/// Marker that an error has been reported; the caller recovers.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Reported;

pub(crate) type PResult<T> = Result<T, Reported>;

/// Expression restrictions, as in rustc.
pub(crate) type Restrictions = u8;
/// Struct literals are not allowed (heads of `if`, `while`, `match`, `for`).
pub(crate) const NO_STRUCT: Restrictions = 1;
/// Parsing a statement: a block-like expression ends the statement.
pub(crate) const STMT_EXPR: Restrictions = 2;
/// `let` expressions are allowed (conditions of `if` and `while`).
pub(crate) const ALLOW_LET: Restrictions = 4;

/// Maximum nesting of expressions, types, patterns, blocks and items.
/// Deeper input gets a diagnostic instead of overflowing the stack.
const MAX_DEPTH: u32 = 256;

/// Compares short operator strings without a `memcmp` call for the usual
/// mismatch (different first character).
#[inline]
fn punct_eq(a: &str, b: &str) -> bool {
    a.as_bytes().first() == b.as_bytes().first() && a == b
}

/// Whether the glued operator `q` may be split to yield `p` first: `>` out
/// of `>>` or `>=`, `<` out of `<<`, `&` out of `&&`, `|` out of `||`.
#[inline]
fn splits_into(q: &str, p: &str) -> bool {
    q.len() > p.len() && q.as_bytes()[0] == p.as_bytes()[0] && matches!(p, "<" | ">" | "&" | "|")
}

/// How many tokens past the current one the parser can look at.
const LOOKAHEAD: usize = 4;

pub(crate) struct Parser<'t, 'a> {
    src: Source<'t>,
    /// The current token; after a split, the unconsumed remainder of a
    /// glued operator (the second `>` of `>>`).
    cur: Tok,
    /// The next `LOOKAHEAD` tokens, a ring starting at `head`.
    ahead: [Tok; LOOKAHEAD],
    head: usize,
    /// Tokens consumed so far, and whether `cur` is a split remainder:
    /// together they change whenever input is consumed.
    consumed: usize,
    split: bool,
    /// Source text, when parsing a whole file: used to tell whether two
    /// tokens are on the same line and to quote tokens in messages.
    text: Option<&'t str>,
    pub(crate) ast: &'a mut Ast,
    diags: &'a mut Diagnostics,
    kw: Keywords,
    expected: recovery::ExpectedSet,
    prev_span: Span,
    depth: u32,
    too_deep: bool,
    /// Macro calls parsed so far (see [`crate::ast::BodyNodes`]).
    pub(crate) mac_calls: u32,
    /// Keep function bodies as tokens instead of parsing them.
    pub(crate) defer_bodies: bool,
    /// Reused buffer for the tokens of a body being kept.
    pub(crate) captured: Vec<crate::token::Tok>,
}

impl<'t, 'a> Parser<'t, 'a> {
    pub(crate) fn new(
        mut src: Source<'t>,
        text: Option<&'t str>,
        ast: &'a mut Ast,
        diags: &'a mut Diagnostics,
    ) -> Self {
        let cur = src.next();
        let ahead = std::array::from_fn(|_| src.next());
        Parser {
            src,
            cur,
            ahead,
            head: 0,
            consumed: 0,
            split: false,
            text,
            ast,
            diags,
            kw: Keywords::get(),
            expected: Default::default(),
            prev_span: cur.span.shrink_to_lo(),
            depth: 0,
            too_deep: false,
            mac_calls: 0,
            defer_bodies: false,
            captured: Vec::new(),
        }
    }

    /// Consumes the rest of the input and returns the token source.
    pub(crate) fn finish(mut self) -> Source<'t> {
        while !self.at_eof() {
            self.bump();
        }
        self.src
    }

    // ------------------------------------------------------------ token access

    #[inline]
    pub(crate) fn tok(&self) -> &Tok {
        &self.cur
    }

    #[inline]
    pub(crate) fn kind(&self) -> Tk {
        self.cur.kind
    }

    /// The literal a `Tk::Literal` token refers to.
    pub(crate) fn lit(&self, index: u32) -> &Lit {
        &self.src.lits()[index as usize]
    }

    pub(crate) fn lits(&self) -> &[Lit] {
        self.src.lits()
    }

    #[inline]
    pub(crate) fn span(&self) -> Span {
        self.cur.span
    }

    fn ahead(&self, n: usize) -> &Tok {
        debug_assert!((1..=LOOKAHEAD).contains(&n), "lookahead {n} is out of range");
        &self.ahead[(self.head + n.clamp(1, LOOKAHEAD) - 1) % LOOKAHEAD]
    }

    /// The token `n` ahead (0 is the current one; at most `LOOKAHEAD`).
    pub(crate) fn nth(&self, n: usize) -> Tk {
        if n == 0 {
            return self.kind();
        }
        self.ahead(n).kind
    }

    pub(crate) fn nth_span(&self, n: usize) -> Span {
        if n == 0 {
            return self.span();
        }
        self.ahead(n).span
    }

    pub(crate) fn at_eof(&self) -> bool {
        self.kind() == Tk::Eof
    }

    /// A position that changes whenever a token (or part of one) is consumed.
    pub(crate) fn progress(&self) -> (usize, bool) {
        (self.consumed, self.split)
    }

    pub(crate) fn bump(&mut self) {
        self.expected.clear();
        if self.cur.kind == Tk::Eof {
            return;
        }
        self.prev_span = self.cur.span;
        let next = self.src.next();
        self.cur = std::mem::replace(&mut self.ahead[self.head], next);
        self.head = (self.head + 1) % LOOKAHEAD;
        self.consumed += 1;
        self.split = false;
    }

    /// Consumes the leading `first` of a glued operator, leaving the rest.
    fn bump_split(&mut self, first: &'static str) {
        let Tk::Punct(whole) = self.cur.kind else { return self.bump() };
        let span = self.cur.span;
        let mid = span.lo + first.len() as u32;
        self.expected.clear();
        self.prev_span = Span { hi: mid, ..span };
        self.cur = Tok { kind: Tk::Punct(&whole[first.len()..]), span: Span { lo: mid, ..span } };
        self.split = true;
    }

    pub(crate) fn prev_span(&self) -> Span {
        self.prev_span
    }

    // ------------------------------------------------------------ keywords

    #[inline]
    pub(crate) fn kw_of(&self, kind: Tk) -> Kw {
        match kind {
            Tk::Ident(sym) => self.kw.of(sym),
            _ => Kw::None,
        }
    }

    #[inline]
    pub(crate) fn cur_kw(&self) -> Kw {
        self.kw_of(self.kind())
    }

    #[inline]
    pub(crate) fn is_kw(&self, kw: Kw) -> bool {
        self.cur_kw() == kw
    }

    pub(crate) fn nth_is_kw(&self, n: usize, kw: Kw) -> bool {
        self.kw_of(self.nth(n)) == kw
    }

    /// Like [`is_kw`](Self::is_kw), but remembers `kw` for "expected" lists.
    pub(crate) fn check_kw(&mut self, kw: Kw) -> bool {
        let found = self.is_kw(kw);
        if !found {
            self.expected.push(Expected::Kw(kw));
        }
        found
    }

    pub(crate) fn eat_kw(&mut self, kw: Kw) -> bool {
        let found = self.check_kw(kw);
        if found {
            self.bump();
        }
        found
    }

    pub(crate) fn expect_kw(&mut self, kw: Kw) -> PResult<Span> {
        if self.eat_kw(kw) {
            Ok(self.prev_span)
        } else {
            Err(self.unexpected())
        }
    }

    // ------------------------------------------------------------ punctuation

    #[inline]
    pub(crate) fn is_punct(&self, p: &str) -> bool {
        matches!(self.kind(), Tk::Punct(q) if punct_eq(q, p))
    }

    pub(crate) fn nth_is_punct(&self, n: usize, p: &str) -> bool {
        matches!(self.nth(n), Tk::Punct(q) if punct_eq(q, p))
    }

    /// The current token is `p`, or a glued operator that may be split to
    /// start with `p` (`>` in `>>`, `&` in `&&`, `|` in `||`, `<` in `<<`).
    pub(crate) fn is_punct_prefix(&self, p: &str) -> bool {
        match self.kind() {
            Tk::Punct(q) => punct_eq(q, p) || splits_into(q, p),
            _ => false,
        }
    }

    pub(crate) fn check_punct(&mut self, p: &'static str) -> bool {
        let found = self.is_punct(p);
        if !found {
            self.expected.push(Expected::Tok(p));
        }
        found
    }

    /// Eats `p`, splitting a glued operator when `p` is a splittable prefix.
    pub(crate) fn eat_punct(&mut self, p: &'static str) -> bool {
        if let Tk::Punct(q) = self.kind() {
            if punct_eq(q, p) {
                self.bump();
                return true;
            }
            if splits_into(q, p) {
                self.bump_split(p);
                return true;
            }
        }
        self.expected.push(Expected::Tok(p));
        false
    }

    pub(crate) fn expect_punct(&mut self, p: &'static str) -> PResult<Span> {
        if self.eat_punct(p) {
            Ok(self.prev_span)
        } else {
            Err(self.unexpected())
        }
    }

    // ------------------------------------------------------------ delimiters

    #[inline]
    pub(crate) fn is_open(&self, d: Delim) -> bool {
        matches!(self.kind(), Tk::OpenDelim(x) if x == d)
    }

    #[inline]
    pub(crate) fn is_close(&self, d: Delim) -> bool {
        matches!(self.kind(), Tk::CloseDelim(x) if x == d)
    }

    pub(crate) fn check_open(&mut self, d: Delim) -> bool {
        let found = self.is_open(d);
        if !found {
            self.expected.push(Expected::Open(d));
        }
        found
    }

    pub(crate) fn check_close(&mut self, d: Delim) -> bool {
        let found = self.is_close(d);
        if !found {
            self.expected.push(Expected::Close(d));
        }
        found
    }

    pub(crate) fn eat_close(&mut self, d: Delim) -> bool {
        let found = self.check_close(d);
        if found {
            self.bump();
        }
        found
    }

    pub(crate) fn expect_open(&mut self, d: Delim) -> PResult<Span> {
        if self.check_open(d) {
            self.bump();
            Ok(self.prev_span)
        } else {
            Err(self.unexpected())
        }
    }

    pub(crate) fn expect_close(&mut self, d: Delim) -> PResult<Span> {
        if self.eat_close(d) {
            Ok(self.prev_span)
        } else {
            Err(self.unexpected())
        }
    }

    // ------------------------------------------------------------ nesting guard

    /// Runs `f` one nesting level deeper, or reports that input nests too
    /// deeply (once per parse).
    #[inline]
    pub(crate) fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        if self.depth >= MAX_DEPTH {
            return Err(self.too_deep());
        }
        self.depth += 1;
        let result = f(self);
        self.depth -= 1;
        result
    }

    /// Counts one more link of a left-nested chain (`a + b + c`,
    /// `x.f().g()`): parsing those is a loop, but the finished tree is as
    /// deep as the chain is long, and later stages walk it recursively.
    pub(crate) fn chain_link(&mut self, links: &mut u32) -> PResult<()> {
        if self.depth >= MAX_DEPTH {
            return Err(self.too_deep());
        }
        self.depth += 1;
        *links += 1;
        Ok(())
    }

    /// Runs `f`, which may add chain links; they are released afterwards.
    pub(crate) fn with_chain<T>(&mut self, f: impl FnOnce(&mut Self, &mut u32) -> PResult<T>) -> PResult<T> {
        let mut links = 0;
        let result = f(self, &mut links);
        self.depth -= links;
        result
    }

    #[cold]
    fn too_deep(&mut self) -> Reported {
        if !self.too_deep {
            self.too_deep = true;
            let span = self.span();
            self.diags.push(
                ferrum_span::Diagnostic::error("expression nesting too deep")
                    .primary(span, "")
                    .note(format!("nesting is limited to {MAX_DEPTH} levels")),
            );
        }
        Reported
    }

    // ------------------------------------------------------------ node allocation

    pub(crate) fn expr(&mut self, kind: ExprKind, span: Span) -> ExprId {
        self.ast.exprs.alloc(Expr { kind, span })
    }

    pub(crate) fn err_expr(&mut self, span: Span) -> ExprId {
        self.expr(ExprKind::Err, span)
    }

    pub(crate) fn pat(&mut self, kind: PatKind, span: Span) -> PatId {
        self.ast.pats.alloc(Pat { kind, span })
    }

    pub(crate) fn ty(&mut self, kind: TypeKind, span: Span) -> TypeId {
        self.ast.types.alloc(Type { kind, span })
    }

    /// The span from `lo` to the end of the last consumed token.
    #[inline]
    pub(crate) fn since(&self, lo: Span) -> Span {
        // `Span::to`, inlined: this runs for every node.
        let hi = self.prev_span;
        if lo.file != hi.file {
            return lo;
        }
        Span { file: lo.file, lo: lo.lo.min(hi.lo), hi: lo.hi.max(hi.hi) }
    }
}
