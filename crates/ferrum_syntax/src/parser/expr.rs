//! Expressions: the Pratt loop over binary operators, `as`, ranges and
//! assignment, then prefix operators and postfix `?`, `.field`,
//! `.method::<T>()`, calls and indexing.
//!
//! Precedence, loosest first (as in rustc): `=` and `op=` (right
//! associative), `..` `..=`, `||`, `&&`, comparisons (not associative),
//! `|`, `^`, `&`, `<<` `>>`, `+` `-`, `*` `/` `%`, `as`, prefix operators,
//! postfix operators.

use super::{PResult, Parser, Restrictions, ALLOW_LET, NO_STRUCT, STMT_EXPR};
use crate::ast::{BinOp, Delim, ExprId, ExprKind, FieldName, GenericArgs, LitKind, UnOp};
use crate::kw::Kw;
use crate::token::Tk;
use ferrum_span::Span;

#[derive(Clone, Copy, PartialEq, Eq)]
enum AssocOp {
    Bin(BinOp),
    Assign,
    AssignOp(BinOp),
    Range { inclusive: bool },
    Cast,
}

const PREC_ASSIGN: u8 = 1;
const PREC_RANGE: u8 = 2;
const PREC_AND: u8 = 4;
const PREC_COMPARE: u8 = 5;
const PREC_CAST: u8 = 12;

impl AssocOp {
    fn prec(self) -> u8 {
        match self {
            AssocOp::Assign | AssocOp::AssignOp(_) => PREC_ASSIGN,
            AssocOp::Range { .. } => PREC_RANGE,
            AssocOp::Cast => PREC_CAST,
            AssocOp::Bin(op) => match op {
                BinOp::Or => 3,
                BinOp::And => PREC_AND,
                BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => PREC_COMPARE,
                BinOp::BitOr => 6,
                BinOp::BitXor => 7,
                BinOp::BitAnd => 8,
                BinOp::Shl | BinOp::Shr => 9,
                BinOp::Add | BinOp::Sub => 10,
                BinOp::Mul | BinOp::Div | BinOp::Rem => 11,
            },
        }
    }
}

fn is_comparison(op: AssocOp) -> bool {
    matches!(op, AssocOp::Bin(b) if AssocOp::Bin(b).prec() == PREC_COMPARE)
}

impl Parser<'_, '_> {
    pub(crate) fn parse_expr(&mut self) -> PResult<ExprId> {
        self.parse_expr_res(0)
    }

    pub(crate) fn parse_expr_res(&mut self, r: Restrictions) -> PResult<ExprId> {
        self.parse_assoc(PREC_ASSIGN, r)
    }

    fn peek_op(&self) -> Option<AssocOp> {
        use BinOp::*;
        let op = match self.kind() {
            Tk::Punct(p) => match p {
                "+" => AssocOp::Bin(Add),
                "-" => AssocOp::Bin(Sub),
                "*" => AssocOp::Bin(Mul),
                "/" => AssocOp::Bin(Div),
                "%" => AssocOp::Bin(Rem),
                "&&" => AssocOp::Bin(And),
                "||" => AssocOp::Bin(Or),
                "^" => AssocOp::Bin(BitXor),
                "&" => AssocOp::Bin(BitAnd),
                "|" => AssocOp::Bin(BitOr),
                "<<" => AssocOp::Bin(Shl),
                ">>" => AssocOp::Bin(Shr),
                "==" => AssocOp::Bin(Eq),
                "<" => AssocOp::Bin(Lt),
                "<=" => AssocOp::Bin(Le),
                "!=" => AssocOp::Bin(Ne),
                ">=" => AssocOp::Bin(Ge),
                ">" => AssocOp::Bin(Gt),
                "=" => AssocOp::Assign,
                "+=" => AssocOp::AssignOp(Add),
                "-=" => AssocOp::AssignOp(Sub),
                "*=" => AssocOp::AssignOp(Mul),
                "/=" => AssocOp::AssignOp(Div),
                "%=" => AssocOp::AssignOp(Rem),
                "^=" => AssocOp::AssignOp(BitXor),
                "&=" => AssocOp::AssignOp(BitAnd),
                "|=" => AssocOp::AssignOp(BitOr),
                "<<=" => AssocOp::AssignOp(Shl),
                ">>=" => AssocOp::AssignOp(Shr),
                ".." => AssocOp::Range { inclusive: false },
                "..=" | "..." => AssocOp::Range { inclusive: true },
                _ => return None,
            },
            Tk::Ident(_) if self.is_kw(Kw::As) => AssocOp::Cast,
            _ => return None,
        };
        Some(op)
    }

    /// The scrutinee of `let` in a condition binds tighter than `&&`.
    pub(crate) fn parse_let_scrutinee(&mut self, r: Restrictions) -> PResult<ExprId> {
        self.parse_assoc(PREC_AND + 1, r & (NO_STRUCT | ALLOW_LET))
    }

    fn parse_assoc(&mut self, min_prec: u8, r: Restrictions) -> PResult<ExprId> {
        self.nested(|p| p.with_chain(|p, links| p.assoc_inner(min_prec, r, links)))
    }

    fn assoc_inner(&mut self, mut min_prec: u8, r: Restrictions, links: &mut u32) -> PResult<ExprId> {
        let lo = self.span();
        let mut lhs = if matches!(self.kind(), Tk::Punct(".." | "..=" | "...")) {
            min_prec = min_prec.max(PREC_RANGE + 1);
            self.parse_prefix_range(r)?
        } else {
            let e = self.parse_prefix(r)?;
            if r & STMT_EXPR != 0 && self.is_block_like(e) {
                return Ok(e);
            }
            e
        };
        let rhs_r = r & !STMT_EXPR;
        loop {
            let Some(op) = self.peek_op() else {
                self.expect_desc("an operator");
                break;
            };
            let prec = op.prec();
            if prec < min_prec {
                break;
            }
            if matches!(op, AssocOp::Bin(BinOp::Add | BinOp::Sub)) && self.postfix_step() {
                break;
            }
            self.chain_link(links)?;
            let op_span = self.span();
            let dots3 = self.is_punct("...");
            self.bump();
            let kind = match op {
                AssocOp::Cast => ExprKind::Cast(lhs, self.parse_cast_type()?),
                AssocOp::Range { inclusive } => {
                    if dots3 {
                        self.dots3_error(op_span);
                    }
                    min_prec = min_prec.max(PREC_RANGE + 1);
                    let hi =
                        if self.can_begin_range_rhs(r) { Some(self.parse_assoc(PREC_RANGE + 1, rhs_r)?) } else { None };
                    if inclusive && hi.is_none() {
                        self.inclusive_no_end(op_span);
                    }
                    ExprKind::Range { lo: Some(lhs), hi, inclusive }
                }
                AssocOp::Assign => ExprKind::Assign(lhs, self.parse_assoc(PREC_ASSIGN, rhs_r)?),
                AssocOp::AssignOp(b) => ExprKind::AssignOp(b, lhs, self.parse_assoc(PREC_ASSIGN, rhs_r)?),
                AssocOp::Bin(b) => {
                    let rhs_r = if b == BinOp::And { rhs_r } else { rhs_r & !ALLOW_LET };
                    let rhs = self.parse_assoc(prec + 1, rhs_r)?;
                    if is_comparison(op) && self.peek_op().is_some_and(is_comparison) {
                        let span = self.span();
                        let msg = "comparison operators cannot be chained";
                        self.emit(ferrum_span::Diagnostic::error(msg).primary(op_span, "").primary(span, ""));
                    }
                    ExprKind::Binary(b, lhs, rhs)
                }
            };
            lhs = self.expr(kind, self.since(lo));
        }
        Ok(lhs)
    }

    /// The type after `as`. `x as usize < y` is an error in Rust (`<` starts
    /// generic arguments); for a primitive type, which has none, report it
    /// as rustc does and read on as a comparison or shift.
    fn parse_cast_type(&mut self) -> PResult<crate::ast::TypeId> {
        let (Tk::Ident(name), Tk::Punct(op @ ("<" | "<<"))) = (self.kind(), self.nth(1)) else {
            return self.parse_type_no_plus();
        };
        let primitive = matches!(
            name.as_str(),
            "u8" | "u16"
                | "u32"
                | "u64"
                | "u128"
                | "usize"
                | "i8"
                | "i16"
                | "i32"
                | "i64"
                | "i128"
                | "isize"
                | "f32"
                | "f64"
                | "bool"
                | "char"
        );
        if !primitive {
            return self.parse_type_no_plus();
        }
        let ident = crate::ast::Ident { name, span: self.span() };
        self.bump();
        let (what, verb) = if op == "<" { ("comparison", "comparing") } else { ("shift", "shifting") };
        let diag = ferrum_span::Diagnostic::error(format!(
            "`{op}` is interpreted as a start of generic arguments for `{name}`, not a {what}"
        ))
        .primary(self.span(), format!("not interpreted as {what}"))
        .secondary(self.nth_span(1), "interpreted as generic arguments")
        .help(format!("try {verb} the cast value"));
        self.emit(diag);
        let path = self.ident_path(ident);
        Ok(self.ty(crate::ast::TypeKind::Path(path), ident.span))
    }

    /// `x++` / `x--` at the end of an expression: reported as rustc does,
    /// and skipped.
    fn postfix_step(&mut self) -> bool {
        let Tk::Punct(op @ ("+" | "-")) = self.kind() else { return false };
        let (first, second) = (self.span(), self.nth_span(1));
        let doubled = self.nth(1) == Tk::Punct(op) && first.hi == second.lo;
        let ends = matches!(self.nth(2), Tk::Punct(";" | ",") | Tk::CloseDelim(_) | Tk::Eof);
        if !doubled || !ends {
            return false;
        }
        let (what, fix) = if op == "+" { ("increment", "+= 1") } else { ("decrement", "-= 1") };
        let diag = ferrum_span::Diagnostic::error(format!("Rust has no postfix {what} operator"))
            .primary(first.to(second), "not a valid postfix operator")
            .help(format!("use `{fix}` instead"));
        self.emit(diag);
        self.bump();
        self.bump();
        true
    }

    #[cold]
    fn dots3_error(&mut self, span: Span) {
        let diag = ferrum_span::Diagnostic::error("unexpected token: `...`")
            .primary(span, "")
            .help("use `..` for an exclusive range")
            .help("or `..=` for an inclusive range");
        self.emit(diag);
    }

    #[cold]
    fn inclusive_no_end(&mut self, span: Span) {
        let diag = ferrum_span::Diagnostic::error("inclusive range with no end")
            .code("E0586")
            .primary(span, "")
            .help("use `..` instead");
        self.emit(diag);
    }

    /// `..`, `..hi`, `..=hi` with no start.
    fn parse_prefix_range(&mut self, r: Restrictions) -> PResult<ExprId> {
        let lo = self.span();
        let inclusive = !self.is_punct("..");
        if self.is_punct("...") {
            self.dots3_error(lo);
        }
        self.bump();
        let hi =
            if self.can_begin_range_rhs(r) { Some(self.parse_assoc(PREC_RANGE + 1, r & !STMT_EXPR)?) } else { None };
        if inclusive && hi.is_none() {
            self.inclusive_no_end(lo);
        }
        Ok(self.expr(ExprKind::Range { lo: None, hi, inclusive }, self.since(lo)))
    }

    fn can_begin_range_rhs(&self, r: Restrictions) -> bool {
        if self.is_open(Delim::Brace) {
            return r & NO_STRUCT == 0;
        }
        self.can_begin_expr()
    }

    pub(crate) fn can_begin_expr(&self) -> bool {
        match self.kind() {
            Tk::Literal(_) | Tk::RawIdent(_) | Tk::Lifetime(_) | Tk::OpenDelim(_) => true,
            Tk::Punct(p) => {
                matches!(p, "!" | "-" | "*" | "&" | "&&" | "|" | "||" | ".." | "..=" | "::" | "<" | "<<" | "#")
            }
            Tk::Ident(sym) => {
                let kw = self.kw.of(sym);
                !kw.is_reserved()
                    || matches!(
                        kw,
                        Kw::If
                            | Kw::Match
                            | Kw::Loop
                            | Kw::While
                            | Kw::For
                            | Kw::Unsafe
                            | Kw::Const
                            | Kw::Return
                            | Kw::Break
                            | Kw::Continue
                            | Kw::Move
                            | Kw::Let
                            | Kw::True
                            | Kw::False
                            | Kw::SelfLower
                            | Kw::SelfUpper
                            | Kw::Super
                            | Kw::Crate
                    )
            }
            _ => false,
        }
    }

    /// Block-like expressions end an expression statement.
    pub(crate) fn is_block_like(&self, e: ExprId) -> bool {
        match &self.ast.exprs[e].kind {
            ExprKind::Block(..)
            | ExprKind::If { .. }
            | ExprKind::While { .. }
            | ExprKind::Loop { .. }
            | ExprKind::For { .. }
            | ExprKind::Match { .. } => true,
            ExprKind::MacCall(m) => m.args.delim == Delim::Brace,
            _ => false,
        }
    }

    /// Prefix operators, then a primary expression with postfix operators.
    fn parse_prefix(&mut self, r: Restrictions) -> PResult<ExprId> {
        let lo = self.span();
        let operand_r = r & !STMT_EXPR;
        let kind = match self.kind() {
            Tk::Punct("!") => {
                self.bump();
                ExprKind::Unary(UnOp::Not, self.parse_prefix_nested(operand_r)?)
            }
            Tk::Punct("-") => {
                self.bump();
                ExprKind::Unary(UnOp::Neg, self.parse_prefix_nested(operand_r)?)
            }
            Tk::Punct("*") => {
                self.bump();
                ExprKind::Unary(UnOp::Deref, self.parse_prefix_nested(operand_r)?)
            }
            Tk::Punct("&" | "&&") => {
                self.eat_punct("&");
                let raw = self.is_kw(Kw::Raw) && (self.nth_is_kw(1, Kw::Const) || self.nth_is_kw(1, Kw::Mut));
                if raw {
                    self.bump();
                    let mutable = self.is_kw(Kw::Mut);
                    self.bump();
                    ExprKind::RawRef { mutable, expr: self.parse_prefix_nested(operand_r)? }
                } else {
                    let mutable = self.eat_kw(Kw::Mut);
                    ExprKind::Ref { mutable, expr: self.parse_prefix_nested(operand_r)? }
                }
            }
            Tk::Punct("+") => {
                // `++x` or `+x`: reported, then read as `x`.
                let doubled = self.nth(1) == Tk::Punct("+") && self.nth_span(1).lo == lo.hi;
                let diag = if doubled {
                    ferrum_span::Diagnostic::error("Rust has no prefix increment operator")
                        .primary(lo.to(self.nth_span(1)), "not a valid prefix operator")
                        .help("use `+= 1` instead")
                } else {
                    ferrum_span::Diagnostic::error("leading `+` is not supported")
                        .primary(lo, "unexpected `+`")
                        .help("try removing the `+`")
                };
                self.emit(diag);
                self.bump();
                if doubled {
                    self.bump();
                }
                return self.parse_prefix_nested(operand_r);
            }
            Tk::Punct("#") => {
                // Attributes on expressions have no place in the tree.
                self.parse_outer_attrs()?;
                return self.parse_prefix_nested(r);
            }
            _ => {
                let e = self.parse_atom(r)?;
                return self.with_chain(|p, links| p.parse_postfix(e, r, links));
            }
        };
        Ok(self.expr(kind, self.since(lo)))
    }

    fn parse_prefix_nested(&mut self, r: Restrictions) -> PResult<ExprId> {
        self.nested(|p| p.parse_prefix(r))
    }

    fn parse_postfix(&mut self, mut e: ExprId, r: Restrictions, links: &mut u32) -> PResult<ExprId> {
        let lo = self.ast.exprs[e].span;
        loop {
            if matches!(self.kind(), Tk::Punct("?" | ".") | Tk::OpenDelim(Delim::Paren | Delim::Bracket)) {
                self.chain_link(links)?;
            }
            if self.check_punct("?") {
                self.bump();
                e = self.expr(ExprKind::Try(e), self.since(lo));
                continue;
            }
            if self.check_punct(".") {
                self.bump();
                e = self.parse_dot_suffix(e, lo)?;
                continue;
            }
            if r & STMT_EXPR != 0 && self.is_block_like(e) {
                return Ok(e);
            }
            if self.is_open(Delim::Paren) {
                self.bump();
                let args = self.comma_list(Delim::Paren, |p| p.parse_expr());
                e = self.expr(ExprKind::Call(e, args), self.since(lo));
            } else if self.is_open(Delim::Bracket) {
                self.bump();
                let index = match self.parse_expr() {
                    Ok(i) => i,
                    Err(_) => {
                        self.skip_to_close();
                        self.err_expr(self.span())
                    }
                };
                self.expect_close(Delim::Bracket)?;
                e = self.expr(ExprKind::Index(e, index), self.since(lo));
            } else {
                return Ok(e);
            }
        }
    }

    /// After `.`: a field, a tuple index (`t.0`, `t.0.1`), or a method call.
    fn parse_dot_suffix(&mut self, e: ExprId, lo: Span) -> PResult<ExprId> {
        let span = self.span();
        match self.kind() {
            Tk::Literal(lit) => {
                let lit = self.lit(lit).clone();
                self.bump();
                if lit.suffix.is_some() {
                    return Err(self.error(span, "suffixes on a tuple index are invalid", "invalid suffix"));
                }
                match lit.kind {
                    LitKind::Int(i) if i <= u32::MAX as u128 => {
                        Ok(self.expr(ExprKind::Field(e, FieldName::Index(i as u32), span), self.since(lo)))
                    }
                    LitKind::Float(text) => self.split_float_field(e, lo, text.as_str(), span),
                    _ => Err(self.error(span, "invalid tuple index", "")),
                }
            }
            _ => {
                if self.is_kw(Kw::Await) {
                    return Err(self.error(span, "`await` is not supported", ""));
                }
                let Some(method) = self.ident_tok() else {
                    if self.cur_kw().is_reserved() {
                        return Err(self.expected_ident());
                    }
                    return Err(self.unexpected());
                };
                self.bump();
                let generic_args: Option<GenericArgs> = if self.is_punct("::") {
                    self.bump();
                    Some(self.parse_generic_args()?)
                } else {
                    None
                };
                if self.is_open(Delim::Paren) {
                    self.bump();
                    let args = self.comma_list(Delim::Paren, |p| p.parse_expr());
                    let kind = ExprKind::MethodCall { receiver: e, method, generic_args, args };
                    return Ok(self.expr(kind, self.since(lo)));
                }
                if generic_args.is_some() {
                    self.expected.push(super::Expected::Open(Delim::Paren));
                    return Err(self.unexpected());
                }
                Ok(self.expr(ExprKind::Field(e, FieldName::Named(method.name), method.span), self.since(lo)))
            }
        }
    }

    /// `t.0.1` lexes as `t` `.` `0.1`: two tuple-field accesses.
    fn split_float_field(&mut self, e: ExprId, lo: Span, text: &str, span: Span) -> PResult<ExprId> {
        let parts: Option<Vec<u32>> = text.split('.').map(|s| s.parse::<u32>().ok()).collect();
        match parts.as_deref() {
            Some([a, b]) => {
                let dot = span.lo + text.find('.').unwrap_or(0) as u32;
                let first = self.expr(
                    ExprKind::Field(e, FieldName::Index(*a), Span { hi: dot, ..span }),
                    Span { hi: dot, ..lo.to(span) },
                );
                let second_span = Span { lo: dot + 1, ..span };
                Ok(self.expr(ExprKind::Field(first, FieldName::Index(*b), second_span), self.since(lo)))
            }
            _ => Err(self.error(span, format!("unexpected token: `{text}`"), "")),
        }
    }
}
