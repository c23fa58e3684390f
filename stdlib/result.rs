//! Error handling with the `Result` type.

#[lang = "Result"]
#[derive(Copy, Clone, PartialEq, PartialOrd, Eq, Ord, Hash)]
pub enum Result<T, E> {
    Ok(T),
    Err(E),
}

pub use Result::{Err, Ok};

impl<T, E> Result<T, E> {
    pub fn is_ok(&self) -> bool {
        match self {
            Ok(_) => true,
            Err(_) => false,
        }
    }

    pub fn is_err(&self) -> bool {
        !self.is_ok()
    }
}
