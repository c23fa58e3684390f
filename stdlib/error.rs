//! `std::error::Error`: the trait of error values, and the boxed trait
//! object (`Box<dyn Error>`) that `?` converts errors into.

use crate::boxed::Box;
use crate::fmt::{self, Debug, Display};
use crate::option::Option::{self, None};
use crate::string::String;

pub trait Error: Debug + Display {
    /// The lower-level error this one wraps, if any.
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        None
    }

    fn description(&self) -> &str {
        "description() is deprecated; use Display"
    }
}

impl<'a, E: Error + 'a> From<E> for Box<dyn Error + 'a> {
    fn from(err: E) -> Box<dyn Error + 'a> {
        Box::new(err)
    }
}

/// What `Box<dyn Error>::from(String)` boxes: shows as the string does.
struct StringError(String);

impl Display for StringError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Display::fmt(&self.0, f)
    }
}

impl Debug for StringError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Debug::fmt(&self.0, f)
    }
}

impl Error for StringError {}

impl<'a> From<String> for Box<dyn Error + 'a> {
    fn from(s: String) -> Box<dyn Error + 'a> {
        Box::new(StringError(s))
    }
}

impl<'a, 'b> From<&'b str> for Box<dyn Error + 'a> {
    fn from(s: &'b str) -> Box<dyn Error + 'a> {
        Box::new(StringError(String::from(s)))
    }
}

impl<T: Error + ?Sized> Error for Box<T> {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        (**self).source()
    }
}

impl Error for crate::str::ParseIntError {}
impl Error for crate::str::ParseFloatError {}
impl Error for crate::str::ParseBoolError {}
impl Error for crate::str::ParseCharError {}
impl Error for fmt::Error {}
impl Error for crate::cell::BorrowError {}
impl Error for crate::cell::BorrowMutError {}
impl Error for crate::str::Utf8Error {}
impl Error for crate::string::FromUtf8Error {}
impl Error for crate::num::TryFromIntError {}
