//! Printing types, paths, generic arguments and bounds, literals, and
//! macro token streams.

use super::Printer;
use crate::ast::{
    Bound, Delim, GenericArg, GenericArgs, Ident, Lit, LitKind, MacCall, Path, Token, TokenKind, TypeId, TypeKind,
};
use crate::kw::Keywords;
use crate::lexer::{close_str, open_str};

impl Printer<'_> {
    /// A keyword used as a name was written `r#name`, and must be printed so
    /// for the output to parse again.
    pub(super) fn ident(&mut self, id: Ident) {
        let kw = Keywords::get().of(id.name);
        if kw.is_reserved() && !kw.is_path_start() {
            self.w("r#");
        }
        self.w(id.name.as_str());
    }

    /// A type after `&` or `*const`: `&(dyn Error + 'static)` needs its
    /// parentheses back.
    fn ty_no_plus(&mut self, ty: TypeId) {
        let has_plus =
            matches!(&self.ast.types[ty].kind, TypeKind::DynTrait(b) | TypeKind::ImplTrait(b) if b.len() > 1);
        if has_plus {
            self.w("(");
        }
        self.ty(ty);
        if has_plus {
            self.w(")");
        }
    }

    /// A path in type position: `Vec<u8>`.
    pub(super) fn path(&mut self, path: &Path) {
        self.path_inner(path, false);
    }

    /// A path in expression or pattern position: `Vec::<u8>::new`.
    pub(super) fn expr_path(&mut self, path: &Path) {
        self.path_inner(path, true);
    }

    fn path_inner(&mut self, path: &Path, turbofish: bool) {
        if let Some(q) = &path.qself {
            self.w("<");
            self.ty(q.ty);
            if let Some(t) = &q.trait_path {
                self.w(" as ");
                self.path(t);
            }
            self.w(">::");
        } else if path.global {
            self.w("::");
        }
        for (i, seg) in path.segments.iter().enumerate() {
            if i > 0 {
                self.w("::");
            }
            self.ident(seg.ident);
            if let Some(args) = &seg.args {
                if turbofish {
                    self.w("::");
                }
                self.generic_args(args);
            }
        }
    }

    pub(super) fn generic_args(&mut self, args: &GenericArgs) {
        if let [GenericArg::FnSugar { inputs, output }] = args.args.as_slice() {
            self.w("(");
            self.sep(inputs, ", ", |p, t| p.ty(*t));
            self.w(")");
            if let Some(o) = output {
                self.w(" -> ");
                self.ty(*o);
            }
            return;
        }
        self.w("<");
        self.sep(&args.args, ", ", |p, a| p.generic_arg(a));
        self.w(">");
    }

    fn generic_arg(&mut self, arg: &GenericArg) {
        match arg {
            GenericArg::Type(t) => self.ty(*t),
            GenericArg::Lifetime(l) => self.ident(*l),
            GenericArg::Const(e) => self.expr(*e),
            GenericArg::Binding(name, t) => {
                self.ident(*name);
                self.w(" = ");
                self.ty(*t);
            }
            GenericArg::FnSugar { .. } => self.w("<fn sugar>"),
        }
    }

    pub(super) fn ty(&mut self, id: TypeId) {
        let ast = self.ast;
        match &ast.types[id].kind {
            TypeKind::Path(p) => self.path(p),
            TypeKind::Ref { lifetime, mutable, ty } => {
                self.w("&");
                if let Some(l) = lifetime {
                    self.ident(*l);
                    self.w(" ");
                }
                if *mutable {
                    self.w("mut ");
                }
                self.ty_no_plus(*ty);
            }
            TypeKind::RawPtr { mutable, ty } => {
                self.w(if *mutable { "*mut " } else { "*const " });
                self.ty_no_plus(*ty);
            }
            TypeKind::Tuple(elems) => {
                self.w("(");
                self.sep(elems, ", ", |p, t| p.ty(*t));
                if elems.len() == 1 {
                    self.w(",");
                }
                self.w(")");
            }
            TypeKind::Array(t, n) => {
                self.w("[");
                self.ty(*t);
                self.w("; ");
                self.expr(*n);
                self.w("]");
            }
            TypeKind::Slice(t) => {
                self.w("[");
                self.ty(*t);
                self.w("]");
            }
            TypeKind::Never => self.w("!"),
            TypeKind::Infer => self.w("_"),
            TypeKind::FnPtr { is_unsafe, params, ret } => {
                self.w(if *is_unsafe { "unsafe fn(" } else { "fn(" });
                self.sep(params, ", ", |p, t| p.ty(*t));
                self.w(")");
                if let Some(r) = ret {
                    self.w(" -> ");
                    self.ty(*r);
                }
            }
            TypeKind::ImplTrait(bounds) => {
                self.w("impl ");
                self.bounds(bounds);
            }
            TypeKind::DynTrait(bounds) => {
                self.w("dyn ");
                self.bounds(bounds);
            }
            TypeKind::MacCall(m) => self.mac_call(m),
            TypeKind::Err => self.w("<err>"),
        }
    }

    pub(super) fn bounds(&mut self, bounds: &[Bound]) {
        self.sep(bounds, " + ", |p, b| match b {
            Bound::Trait { path, maybe } => {
                if *maybe {
                    p.w("?");
                }
                p.path(path);
            }
            Bound::Lifetime(l) => p.ident(*l),
        });
    }

    pub(super) fn lit(&mut self, lit: &Lit) {
        self.w(&lit_to_string(lit));
    }

    pub(super) fn mac_call(&mut self, m: &MacCall) {
        self.path(&m.path);
        self.w("!");
        self.w(open_str(m.args.delim));
        self.w(&tokens_to_string(&m.args.tokens));
        self.w(close_str(m.args.delim));
    }
}

pub(crate) fn lit_to_string(lit: &Lit) -> String {
    let mut s = match &lit.kind {
        LitKind::Bool(b) => b.to_string(),
        LitKind::Int(v) => v.to_string(),
        LitKind::Float(t) => t.to_string(),
        LitKind::Char(c) => format!("'{}'", c.escape_debug()),
        LitKind::Byte(b) => format!("b'{}'", b.escape_ascii()),
        LitKind::Str(s) => format!("\"{}\"", s.as_str().escape_debug()),
        LitKind::ByteStr(b) => format!("b\"{}\"", b.escape_ascii()),
        LitKind::Err => "<err>".to_string(),
    };
    if let Some(suffix) = lit.suffix {
        s.push_str(suffix.as_str());
    }
    s
}

/// Tokens as text with rustfmt-like spacing, for macro arguments.
pub(crate) fn tokens_to_string(tokens: &[Token]) -> String {
    let mut out = String::new();
    let mut prev: Option<&TokenKind> = None;
    for tok in tokens {
        let text = match &tok.kind {
            TokenKind::Ident(s) | TokenKind::Lifetime(s) => s.to_string(),
            TokenKind::RawIdent(s) => format!("r#{s}"),
            TokenKind::Literal(l) => lit_to_string(l),
            TokenKind::Punct(p) => p.to_string(),
            TokenKind::OpenDelim(d) => open_str(*d).to_string(),
            TokenKind::CloseDelim(d) => close_str(*d).to_string(),
            TokenKind::Eof => continue,
        };
        if let Some(prev) = prev {
            if space_between(prev, &tok.kind) {
                out.push(' ');
            }
        }
        out.push_str(&text);
        prev = Some(&tok.kind);
    }
    out
}

fn space_between(prev: &TokenKind, next: &TokenKind) -> bool {
    let glue_after = matches!(prev, TokenKind::OpenDelim(_) | TokenKind::Punct("." | "::" | "$" | "#" | "!" | "&"));
    let glue_before = matches!(
        next,
        TokenKind::CloseDelim(_)
            | TokenKind::Punct("," | ";" | "." | "?" | "::" | ":" | "!")
            | TokenKind::OpenDelim(Delim::Paren | Delim::Bracket)
    );
    let ident_like = |k: &TokenKind| matches!(k, TokenKind::Ident(_) | TokenKind::RawIdent(_));
    let after_word = ident_like(prev) || matches!(prev, TokenKind::CloseDelim(_));
    if glue_after {
        // `& &b` and `& &&b` must not print as `&&b` / `&&&b`, which lex
        // as different tokens (`&a & &b` is a bit-and of two references).
        return matches!((prev, next), (TokenKind::Punct("&"), TokenKind::Punct(p)) if p.starts_with(['&', '=']));
    }
    if glue_before {
        // `f (x)` is a call, `, (x)` or `= [1]` is not.
        return matches!(next, TokenKind::OpenDelim(_)) && !after_word;
    }
    true
}
