//! `io::Error`: a kind plus, optionally, a message or a boxed error.

use crate::boxed::Box;
use crate::convert::{From, Into};
use crate::fmt;
use crate::option::Option::{self, None, Some};

pub type Result<T> = crate::result::Result<T, Error>;

/// The category of an I/O error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorKind {
    NotFound,
    PermissionDenied,
    AlreadyExists,
    BrokenPipe,
    WouldBlock,
    InvalidInput,
    InvalidData,
    TimedOut,
    WriteZero,
    Interrupted,
    Unsupported,
    UnexpectedEof,
    OutOfMemory,
    Other,
}

impl ErrorKind {
    fn as_str(&self) -> &'static str {
        match self {
            ErrorKind::NotFound => "entity not found",
            ErrorKind::PermissionDenied => "permission denied",
            ErrorKind::AlreadyExists => "entity already exists",
            ErrorKind::BrokenPipe => "broken pipe",
            ErrorKind::WouldBlock => "operation would block",
            ErrorKind::InvalidInput => "invalid input parameter",
            ErrorKind::InvalidData => "invalid data",
            ErrorKind::TimedOut => "timed out",
            ErrorKind::WriteZero => "write zero",
            ErrorKind::Interrupted => "operation interrupted",
            ErrorKind::Unsupported => "unsupported",
            ErrorKind::UnexpectedEof => "unexpected end of file",
            ErrorKind::OutOfMemory => "out of memory",
            ErrorKind::Other => "other error",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

enum Repr {
    Simple(ErrorKind),
    SimpleMessage(ErrorKind, &'static str),
    Custom(ErrorKind, Box<dyn crate::error::Error>),
}

pub struct Error {
    repr: Repr,
}

impl Error {
    pub fn new<E: Into<Box<dyn crate::error::Error>>>(kind: ErrorKind, error: E) -> Error {
        Error { repr: Repr::Custom(kind, error.into()) }
    }

    pub fn other<E: Into<Box<dyn crate::error::Error>>>(error: E) -> Error {
        Error::new(ErrorKind::Other, error)
    }

    pub(crate) fn simple_message(kind: ErrorKind, message: &'static str) -> Error {
        Error { repr: Repr::SimpleMessage(kind, message) }
    }

    pub fn kind(&self) -> ErrorKind {
        match &self.repr {
            Repr::Simple(kind) | Repr::SimpleMessage(kind, _) | Repr::Custom(kind, _) => *kind,
        }
    }

    pub fn into_inner(self) -> Option<Box<dyn crate::error::Error>> {
        match self.repr {
            Repr::Custom(_, error) => Some(error),
            _ => None,
        }
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error {
        Error { repr: Repr::Simple(kind) }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.repr {
            Repr::Simple(kind) => f.debug_tuple("Kind").field(kind).finish(),
            Repr::SimpleMessage(kind, message) => {
                f.debug_struct("Error").field("kind", kind).field("message", message).finish()
            }
            Repr::Custom(kind, error) => f.debug_struct("Custom").field("kind", kind).field("error", error).finish(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.repr {
            Repr::Simple(kind) => f.write_str(kind.as_str()),
            Repr::SimpleMessage(_, message) => f.write_str(message),
            Repr::Custom(_, error) => fmt::Display::fmt(error, f),
        }
    }
}

impl crate::error::Error for Error {}

