//! Macro calls: finding the macro a call names (textual `macro_rules!`
//! scope, the library's exported macros, then the built-ins), expanding a
//! `macro_rules!` call into tokens, and re-parsing those tokens as
//! expression, statements, pattern, type or items.

use crate::ctx::*;
use crate::hygiene::{CrateKind, RECURSION_LIMIT};
use crate::macro_rules::{no_match_error, MatchCx};
use crate::tokens::trees;
use crate::transcribe::Transcriber;
use ferrum_span::{Diagnostic, Symbol};
use ferrum_syntax::ast::{self, Ast, MacCall, Token};
use std::rc::Rc;

/// Limits on the total work of `macro_rules!` expansion in one crate.
const MAX_EXPANSIONS: u32 = 100_000;
const MAX_EXPANDED_TOKENS: usize = 4_000_000;

/// What a macro call's path names.
#[derive(Clone, Copy, Debug)]
pub(crate) enum MacroRes {
    Rules(MacroId),
    Builtin(Symbol),
    Unknown,
}

/// Macros the compiler implements itself.
pub(crate) const BUILTIN_MACROS: &[&str] = &[
    "println",
    "print",
    "eprintln",
    "eprint",
    "panic",
    "unreachable",
    "todo",
    "unimplemented",
    "assert",
    "assert_eq",
    "assert_ne",
    "debug_assert",
    "debug_assert_eq",
    "debug_assert_ne",
    "matches",
    "stringify",
    "concat",
    "line",
    "column",
    "file",
    "compile_error",
    "cfg",
    "dbg",
    "format",
    "format_args",
    "vec",
    "write",
    "writeln",
    "include_str",
    "include_bytes",
    "env",
    "option_env",
    "thread_local",
    "module_path",
];

/// The syntactic position of a macro call.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Position {
    Expr,
    Stmts,
    Pat,
    Ty,
    Items,
}

/// A parsed expansion and its root node.
pub(crate) enum Expansion {
    Expr(Rc<OwnedAst>, ast::ExprId),
    Pat(Rc<OwnedAst>, ast::PatId),
    Ty(Rc<OwnedAst>, ast::TypeId),
    /// Statements (in `block`) or items (in `items`).
    Nodes(Rc<OwnedAst>),
}

impl<'a> Lowerer<'a> {
    pub(crate) fn resolve_macro(&self, path: &ast::Path, macros: &MacroScope) -> MacroRes {
        let Some(last) = path.segments.last() else {
            return MacroRes::Unknown;
        };
        let name = self.plain(last.ident.name);
        if path.segments.len() == 1 && !path.global {
            if let Some(id) = macros.lookup(name) {
                return MacroRes::Rules(id);
            }
        }
        if let Some(&id) = self.exported_macros.get(&name) {
            return MacroRes::Rules(id);
        }
        if BUILTIN_MACROS.contains(&name.as_str()) {
            return MacroRes::Builtin(name);
        }
        MacroRes::Unknown
    }

    /// Whether a call of the one-segment macro path `name!` would
    /// resolve to a built-in macro (a `macro_rules!` of that name shadows it).
    pub(crate) fn is_builtin_macro_name(&self, name: Symbol, macros: &MacroScope) -> bool {
        macros.lookup(name).is_none()
            && !self.exported_macros.contains_key(&name)
            && BUILTIN_MACROS.contains(&name.as_str())
    }

    pub(crate) fn unknown_macro(&mut self, call: &MacCall) {
        let name = call.path.segments.last().map_or(Symbol::intern("?"), |s| self.plain(s.ident.name));
        let span = call.path.segments.last().map_or(call.span, |s| s.ident.span);
        self.error(Diagnostic::error(format!("cannot find macro `{name}` in this scope")).primary(span, ""));
    }

    /// Expands a `macro_rules!` call and parses the result for `pos`.
    pub(crate) fn expand_rules(&mut self, id: MacroId, call: &MacCall, pos: Position) -> Option<Expansion> {
        let tokens = self.expand_tokens(id, call)?;
        let mut ast = Ast::default();
        let end = call.span;
        let d = &mut self.diags;
        let owned = |ast, block, items| Rc::new(OwnedAst { ast, block, items });
        Some(match pos {
            Position::Expr => {
                let e = ferrum_syntax::parse_expr_from_tokens(&mut ast, &tokens, end, d);
                Expansion::Expr(owned(ast, None, Vec::new()), e)
            }
            Position::Pat => {
                let p = ferrum_syntax::parse_pat_from_tokens(&mut ast, &tokens, end, d);
                Expansion::Pat(owned(ast, None, Vec::new()), p)
            }
            Position::Ty => {
                let t = ferrum_syntax::parse_type_from_tokens(&mut ast, &tokens, end, d);
                Expansion::Ty(owned(ast, None, Vec::new()), t)
            }
            Position::Stmts => {
                let b = ferrum_syntax::parse_stmts_from_tokens(&mut ast, &tokens, end, d);
                Expansion::Nodes(owned(ast, Some(b), Vec::new()))
            }
            Position::Items if self.cur_crate == CrateKind::Std => {
                let items = ferrum_syntax::parse_items_from_tokens_deferred(&mut ast, &tokens, end, d);
                Expansion::Nodes(owned(ast, None, items))
            }
            Position::Items => {
                let items = ferrum_syntax::parse_items_from_tokens(&mut ast, &tokens, end, d);
                Expansion::Nodes(owned(ast, None, items))
            }
        })
    }

    /// Items from an item-position macro call.
    pub(crate) fn expand_items(&mut self, call: &MacCall, macros: &MacroScope) -> Option<Rc<OwnedAst>> {
        match self.resolve_macro(&call.path, macros) {
            MacroRes::Rules(id) => match self.expand_rules(id, call, Position::Items)? {
                Expansion::Nodes(o) => Some(o),
                _ => None,
            },
            MacroRes::Builtin(name) => {
                let msg = if name.as_str() == "compile_error" {
                    self.compile_error_message(call)
                } else {
                    format!("unsupported: macro `{name}!` is not supported in item position")
                };
                self.error(Diagnostic::error(msg).primary(call.span, ""));
                None
            }
            MacroRes::Unknown => {
                self.unknown_macro(call);
                None
            }
        }
    }

    /// The message of `compile_error!("...")`.
    pub(crate) fn compile_error_message(&self, call: &MacCall) -> String {
        match call.args.tokens.first().map(|t| &t.kind) {
            Some(ast::TokenKind::Literal(ast::Lit { kind: ast::LitKind::Str(s), .. })) => s.as_str().to_string(),
            _ => "compile_error! takes 1 argument".to_string(),
        }
    }

    /// Matches the call against the macro's rules and transcribes the first
    /// rule that matches.
    fn expand_tokens(&mut self, id: MacroId, call: &MacCall) -> Option<Vec<Token>> {
        let name_sym = call.path.segments.last().map(|s| s.ident.name)?;
        let parent = self.hygiene.mark_of(name_sym);
        let def_crate = self.macros[id].def_crate;
        let name = self.macros[id].name;
        if self.expansion_aborted {
            return None;
        }
        if self.hygiene.depth(parent) >= RECURSION_LIMIT {
            if !self.recursion_reported.insert(id) {
                return None;
            }
            self.error(
                Diagnostic::error(format!("recursion limit reached while expanding `{name}!`"))
                    .primary(call.span, "")
                    .help("consider increasing the recursion limit by adding a `#![recursion_limit = \"256\"]` attribute to your crate"),
            );
            return None;
        }
        self.expansions += 1;
        if self.expansions > MAX_EXPANSIONS || self.expanded_tokens > MAX_EXPANDED_TOKENS {
            self.expansion_aborted = true;
            self.error(
                Diagnostic::error(format!("macro expansion is too large while expanding `{name}!`"))
                    .primary(call.span, "")
                    .note(format!(
                        "at most {MAX_EXPANSIONS} expansions producing {MAX_EXPANDED_TOKENS} tokens are supported"
                    )),
            );
            return None;
        }
        let input = trees(&call.args.tokens);
        let hygiene = &self.hygiene;
        let plain = |s: Symbol| hygiene.strip(s);
        let mut cx = MatchCx::new(&plain);
        let mac = &self.macros[id];
        let mut matched = None;
        for (i, rule) in mac.rules.iter().enumerate() {
            if let Some(b) = cx.match_all(&rule.matcher, &input, call.args.span) {
                matched = Some((i, b));
                break;
            }
        }
        let Some((rule, binds)) = matched else {
            let d = no_match_error(name, &cx, call.args.span);
            self.error(d);
            return None;
        };
        let body = self.macros[id].rules[rule].body.clone();
        let mark = self.hygiene.new_mark(parent, def_crate);
        let mut t = Transcriber { hygiene: &mut self.hygiene, mark, call_site: call.span, binds: &binds };
        match t.run(&body) {
            Ok(tokens) => {
                self.expanded_tokens += tokens.len();
                Some(tokens)
            }
            Err(d) => {
                self.error(d);
                None
            }
        }
    }
}
