//! Keywords: a dense table from interned [`Symbol`]s to [`Kw`], so the
//! parser classifies an identifier token with one array lookup.

use ferrum_span::Symbol;
use std::sync::OnceLock;

macro_rules! keywords {
    ($($name:ident = $text:literal,)*) => {
        /// Every word the parser treats specially. `None` is an ordinary
        /// identifier.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        #[repr(u8)]
        pub(crate) enum Kw {
            None,
            $($name,)*
        }

        const KEYWORDS: &[(Kw, &str)] = &[$((Kw::$name, $text),)*];
    };
}

keywords! {
    // Strict keywords (edition 2021).
    As = "as",
    Break = "break",
    Const = "const",
    Continue = "continue",
    Crate = "crate",
    Else = "else",
    Enum = "enum",
    Extern = "extern",
    False = "false",
    Fn = "fn",
    For = "for",
    If = "if",
    Impl = "impl",
    In = "in",
    Let = "let",
    Loop = "loop",
    Match = "match",
    Mod = "mod",
    Move = "move",
    Mut = "mut",
    Pub = "pub",
    Ref = "ref",
    Return = "return",
    SelfLower = "self",
    SelfUpper = "Self",
    Static = "static",
    Struct = "struct",
    Super = "super",
    Trait = "trait",
    True = "true",
    Type = "type",
    Unsafe = "unsafe",
    Use = "use",
    Where = "where",
    While = "while",
    Async = "async",
    Await = "await",
    Dyn = "dyn",
    // Reserved keywords.
    Abstract = "abstract",
    Become = "become",
    Box = "box",
    Do = "do",
    Final = "final",
    Macro = "macro",
    Override = "override",
    Priv = "priv",
    Typeof = "typeof",
    Unsized = "unsized",
    Virtual = "virtual",
    Yield = "yield",
    Try = "try",
    // `_` is lexed as an identifier.
    Underscore = "_",
    // Weak (contextual) keywords: ordinary identifiers elsewhere.
    Union = "union",
    MacroRules = "macro_rules",
    Raw = "raw",
    Auto = "auto",
    Default = "default",
    StaticLifetime = "'static",
}

struct Table {
    by_symbol: Vec<Kw>,
    symbols: Vec<Symbol>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let symbols: Vec<Symbol> = KEYWORDS.iter().map(|(_, text)| Symbol::intern(text)).collect();
        let max = symbols.iter().map(|s| s.as_u32()).max().unwrap_or(0) as usize;
        let mut by_symbol = vec![Kw::None; max + 1];
        for ((kw, _), sym) in KEYWORDS.iter().zip(&symbols) {
            by_symbol[sym.as_u32() as usize] = *kw;
        }
        Table { by_symbol, symbols }
    })
}

/// A cheap handle on the keyword table, copied into each parser.
#[derive(Clone, Copy)]
pub(crate) struct Keywords {
    by_symbol: &'static [Kw],
    symbols: &'static [Symbol],
}

impl Keywords {
    pub(crate) fn get() -> Keywords {
        let table = table();
        Keywords { by_symbol: &table.by_symbol, symbols: &table.symbols }
    }

    #[inline]
    pub(crate) fn of(self, sym: Symbol) -> Kw {
        self.by_symbol.get(sym.as_u32() as usize).copied().unwrap_or(Kw::None)
    }

    pub(crate) fn sym(self, kw: Kw) -> Symbol {
        self.symbols[kw as usize - 1]
    }
}

impl Kw {
    pub(crate) fn text(self) -> &'static str {
        match self {
            Kw::None => "",
            kw => KEYWORDS[kw as usize - 1].1,
        }
    }

    /// Strict and reserved keywords: never an identifier unless written `r#`.
    pub(crate) fn is_reserved(self) -> bool {
        self != Kw::None && (self as u8) < (Kw::Underscore as u8)
    }

    /// Reserved for future use (`box`, `yield`, ...) rather than in use.
    pub(crate) fn is_future_reserved(self) -> bool {
        (self as u8) >= (Kw::Abstract as u8) && (self as u8) < (Kw::Underscore as u8)
    }

    /// Keywords that may start a path: `self`, `Self`, `super`, `crate`.
    pub(crate) fn is_path_start(self) -> bool {
        matches!(self, Kw::SelfLower | Kw::SelfUpper | Kw::Super | Kw::Crate)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies() {
        let kw = Keywords::get();
        assert_eq!(kw.of(Symbol::intern("fn")), Kw::Fn);
        assert_eq!(kw.of(Symbol::intern("foo_bar_not_kw")), Kw::None);
        assert!(Kw::Box.is_reserved() && Kw::Box.is_future_reserved());
        assert!(!Kw::Union.is_reserved());
        assert_eq!(Kw::SelfUpper.text(), "Self");
        assert_eq!(kw.sym(Kw::Let), Symbol::intern("let"));
    }
}
