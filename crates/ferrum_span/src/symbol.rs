//! Process-wide string interning.

use rustc_hash::FxHashMap;
use std::fmt;
use std::sync::{Mutex, OnceLock};

/// An interned string; comparing two symbols compares their texts.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Symbol(u32);

#[derive(Default)]
struct Interner {
    ids: FxHashMap<&'static str, Symbol>,
    texts: Vec<&'static str>,
}

fn interner() -> &'static Mutex<Interner> {
    static INTERNER: OnceLock<Mutex<Interner>> = OnceLock::new();
    INTERNER.get_or_init(Default::default)
}

impl Symbol {
    pub fn intern(text: &str) -> Symbol {
        let mut interner = interner().lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&sym) = interner.ids.get(text) {
            return sym;
        }
        // Leaking is deliberate: names live as long as the compiler process.
        let text: &'static str = Box::leak(text.to_owned().into_boxed_str());
        let sym = Symbol(interner.texts.len() as u32);
        interner.texts.push(text);
        interner.ids.insert(text, sym);
        sym
    }

    pub fn as_str(self) -> &'static str {
        let interner = interner().lock().unwrap_or_else(|e| e.into_inner());
        interner.texts[self.0 as usize]
    }

    pub fn as_u32(self) -> u32 {
        self.0
    }
}

impl fmt::Debug for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

impl fmt::Display for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
