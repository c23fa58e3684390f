//! Lexing and parsing: source text to [`ast`].
//!
//! Input: one file's text (a user file or an embedded library file), or a
//! macro's argument tokens.
//! Output: a [`ast::SourceFileAst`] (or AST fragments) plus syntax
//! diagnostics.
//!
//! Invariants: parsing never fails and never panics: every syntax error is a
//! diagnostic with a span, and the tree contains `Err` nodes where input was
//! malformed. Recovery happens at item, statement and list-element
//! boundaries so several independent errors are reported in one run. Every
//! parser loop consumes a token or exits, and nesting is capped so deep
//! input cannot overflow the stack.

pub mod ast;
mod kw;
mod lexer;
mod parser;
mod print;

use ast::{Ast, Block, ExprId, ItemId, PatId, SourceFileAst, Token, TypeId};
use ferrum_span::{Diagnostics, FileId, Span};
use parser::Parser;

pub use print::print_ast;

/// Lexes `text` into tokens ending with `Eof`; whitespace and comments
/// are dropped, lexical errors and unbalanced delimiters reported.
pub fn lex(file: FileId, text: &str, diags: &mut Diagnostics) -> Vec<Token> {
    lexer::lex_file(file, text, diags).tokens
}

/// Parses a whole source file.
///
/// If delimiters are unbalanced, only the lexer's delimiter errors are
/// reported (as rustc does): the parse errors that would follow are noise.
pub fn parse_file(file: FileId, text: &str, diags: &mut Diagnostics) -> SourceFileAst {
    let lexed = lexer::lex_file(file, text, diags);
    let mut ast = Ast::default();
    let mut discarded = Diagnostics::default();
    let sink = if lexed.balanced { diags } else { &mut discarded };
    let end = Span::new(file, text.len() as u32, text.len() as u32);
    let mut p = Parser::new(&lexed.tokens, end, Some(text), &mut ast, sink);
    let (attrs, items) = p.parse_source_file();
    SourceFileAst { ast, attrs, items }
}

/// Comma-separated expressions (trailing comma allowed), as in the
/// arguments of `println!("{}", a, name = b)`; `name = b` is an `Assign`.
/// `end_span` is where errors at the end of the tokens point (usually the
/// macro call's closing delimiter).
pub fn parse_expr_list(ast: &mut Ast, tokens: &[Token], end_span: Span, diags: &mut Diagnostics) -> Vec<ExprId> {
    Parser::new(tokens, end_span, None, ast, diags).parse_expr_list_to_end()
}

/// Exactly one expression.
pub fn parse_expr_from_tokens(ast: &mut Ast, tokens: &[Token], end_span: Span, diags: &mut Diagnostics) -> ExprId {
    Parser::new(tokens, end_span, None, ast, diags).parse_expr_to_end()
}

/// Exactly one type.
pub fn parse_type_from_tokens(ast: &mut Ast, tokens: &[Token], end_span: Span, diags: &mut Diagnostics) -> TypeId {
    Parser::new(tokens, end_span, None, ast, diags).parse_type_to_end()
}

/// Exactly one (top-level, `|`-alternative) pattern.
pub fn parse_pat_from_tokens(ast: &mut Ast, tokens: &[Token], end_span: Span, diags: &mut Diagnostics) -> PatId {
    Parser::new(tokens, end_span, None, ast, diags).parse_pat_to_end()
}

/// Items, as in a module body.
pub fn parse_items_from_tokens(
    ast: &mut Ast,
    tokens: &[Token],
    end_span: Span,
    diags: &mut Diagnostics,
) -> Vec<ItemId> {
    Parser::new(tokens, end_span, None, ast, diags).parse_items_to_end()
}

/// Statements and an optional tail expression, as in a block body without
/// braces. The returned block is not `unsafe`.
pub fn parse_stmts_from_tokens(ast: &mut Ast, tokens: &[Token], end_span: Span, diags: &mut Diagnostics) -> Block {
    Parser::new(tokens, end_span, None, ast, diags).parse_stmts_to_end()
}
