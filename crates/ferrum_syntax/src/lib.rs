//! Lexing and parsing: source text to [`ast`].
//!
//! Input: one file's text (a user file or an embedded library file), or a
//! macro's argument tokens.
//! Output: a [`ast::SourceFileAst`] (or AST fragments) plus syntax
//! diagnostics, worded as rustc words them.
//!
//! Invariants:
//! - Parsing never fails and never panics: every syntax error is a
//!   diagnostic with a span, and the tree contains `Err` nodes where input
//!   was malformed. Recovery happens at item, statement and list-element
//!   boundaries, so several independent errors are reported in one run,
//!   each once.
//! - Every parser loop consumes a token or exits.
//! - Trees are shallow: nesting (and left-nested chains such as `a + b + c`
//!   or `x.f().g()`) is capped at 256 levels with a diagnostic, so neither
//!   the parser nor later recursive passes can overflow the stack.
//! - If delimiters are unbalanced, or an unterminated literal swallows the
//!   rest of a file, only the lexer's errors are reported.
//!
//! Layout: `lexer` streams compact tokens (see `token`) to the
//! recursive-descent `parser`; `print` renders trees for `--emit ast`.

// The AST keeps its compact one-line variants (rustfmt would spread every
// struct variant of a documented enum over several lines).
#[rustfmt::skip]
pub mod ast;
mod kw;
mod lexer;
mod parser;
mod print;
mod token;

use ast::{Ast, Block, ExprId, ItemId, PatId, SourceFileAst, Token, TypeId};
use ferrum_span::{Diagnostics, FileId, Span};
use lexer::Lexer;
use parser::Parser;
use token::{Source, Tokens};

pub use print::{print_ast, print_bounds, print_type};

/// Lexes `text` into tokens ending with `Eof`; whitespace and comments
/// are dropped, lexical errors and unbalanced delimiters reported.
pub fn lex(file: FileId, text: &str, diags: &mut Diagnostics) -> Vec<Token> {
    let tokens = lexer::lex_file(file, text, diags);
    Tokens::to_ast(&tokens.toks, &tokens.lits)
}

/// Parses a whole source file.
///
/// Lexical errors come first, then parse errors. If delimiters are
/// unbalanced, only the lexer's errors are reported (as rustc does): the
/// parse errors that would follow are noise.
pub fn parse_file(file: FileId, text: &str, diags: &mut Diagnostics) -> SourceFileAst {
    parse_file_as(file, text, diags, false)
}

fn parse_file_as(file: FileId, text: &str, diags: &mut Diagnostics, defer_bodies: bool) -> SourceFileAst {
    // About one token per 3.5 bytes of ordinary code.
    let mut ast = if text.len() > 1 << 16 { Ast::with_capacity_for_tokens(text.len() * 2 / 7) } else { Ast::default() };
    let mut parse_diags = Diagnostics::default();
    let mut p = Parser::new(Source::Lexer(Box::new(Lexer::new(file, text))), Some(text), &mut ast, &mut parse_diags);
    p.defer_bodies = defer_bodies;
    let (attrs, items) = p.parse_source_file();
    let Source::Lexer(lexer) = p.finish() else { unreachable!("parse_file reads from the lexer") };
    let lexed = lexer.finish();
    diags.extend(lexed.diags);
    if lexed.balanced {
        diags.extend(parse_diags);
    }
    SourceFileAst { ast, attrs, items }
}

/// [`parse_file`], keeping function bodies as tokens
/// ([`ast::Fn::deferred`]) for [`parse_deferred_body`]: for library files,
/// most of whose bodies a program never needs.
pub fn parse_file_deferred(file: FileId, text: &str, diags: &mut Diagnostics) -> SourceFileAst {
    parse_file_as(file, text, diags, true)
}

/// Parses a function body left as tokens by the deferring parsers, into
/// `ast`, with what parsing it made.
pub fn parse_deferred_body(
    ast: &mut Ast,
    body: &ast::DeferredBody,
    diags: &mut Diagnostics,
) -> (Block, ast::BodyNodes) {
    let src = Source::List { tokens: body.tokens.clone(), pos: 0, end: body.span };
    let mut p = Parser::new(src, None, ast, diags);
    match p.parse_fn_body() {
        Ok(parsed) => parsed,
        Err(_) => {
            let block = Block { stmts: Vec::new(), tail: None, is_unsafe: false, span: body.span };
            (block, ast::BodyNodes::default())
        }
    }
}

fn fragment<'t, 'a>(ast: &'a mut Ast, tokens: &[Token], end: Span, diags: &'a mut Diagnostics) -> Parser<'t, 'a> {
    let src = Source::List { tokens: Tokens::from_ast(tokens), pos: 0, end };
    Parser::new(src, None, ast, diags)
}

/// Comma-separated expressions (trailing comma allowed), as in the
/// arguments of `println!("{}", a, name = b)`; `name = b` is an `Assign`.
/// `end_span` is where errors at the end of the tokens point (usually the
/// macro call's closing delimiter).
pub fn parse_expr_list(ast: &mut Ast, tokens: &[Token], end_span: Span, diags: &mut Diagnostics) -> Vec<ExprId> {
    fragment(ast, tokens, end_span, diags).parse_expr_list_to_end()
}

/// Exactly one expression.
pub fn parse_expr_from_tokens(ast: &mut Ast, tokens: &[Token], end_span: Span, diags: &mut Diagnostics) -> ExprId {
    fragment(ast, tokens, end_span, diags).parse_expr_to_end()
}

/// Exactly one type.
pub fn parse_type_from_tokens(ast: &mut Ast, tokens: &[Token], end_span: Span, diags: &mut Diagnostics) -> TypeId {
    fragment(ast, tokens, end_span, diags).parse_type_to_end()
}

/// Exactly one (top-level, `|`-alternative) pattern.
pub fn parse_pat_from_tokens(ast: &mut Ast, tokens: &[Token], end_span: Span, diags: &mut Diagnostics) -> PatId {
    fragment(ast, tokens, end_span, diags).parse_pat_to_end()
}

/// Items, as in a module body.
pub fn parse_items_from_tokens(
    ast: &mut Ast,
    tokens: &[Token],
    end_span: Span,
    diags: &mut Diagnostics,
) -> Vec<ItemId> {
    fragment(ast, tokens, end_span, diags).parse_items_to_end()
}

/// [`parse_items_from_tokens`], keeping function bodies as tokens (see
/// [`parse_file_deferred`]).
pub fn parse_items_from_tokens_deferred(
    ast: &mut Ast,
    tokens: &[Token],
    end_span: Span,
    diags: &mut Diagnostics,
) -> Vec<ItemId> {
    let mut p = fragment(ast, tokens, end_span, diags);
    p.defer_bodies = true;
    p.parse_items_to_end()
}

/// Statements and an optional tail expression, as in a block body without
/// braces. The returned block is not `unsafe`.
pub fn parse_stmts_from_tokens(ast: &mut Ast, tokens: &[Token], end_span: Span, diags: &mut Diagnostics) -> Block {
    fragment(ast, tokens, end_span, diags).parse_stmts_to_end()
}
