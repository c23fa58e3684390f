//! The program's command-line arguments.

use crate::builtins;
use crate::fmt;
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, Iterator};
use crate::option::Option::{self, None, Some};
use crate::string::String;
use crate::vec::Vec;

/// The arguments the program was started with, the program's name first.
pub fn args() -> Args {
    let count = unsafe { builtins::__ferrum_args_count() };
    Args { next: 0, end: count }
}

/// Iterator over the arguments, as `String`s.
pub struct Args {
    next: usize,
    end: usize,
}

fn arg(i: usize) -> String {
    unsafe {
        let len = builtins::__ferrum_arg_len(i);
        let mut bytes: Vec<u8> = Vec::with_capacity(len);
        builtins::__ferrum_arg_copy(i, bytes.as_mut_ptr());
        bytes.set_len(len);
        String::from_utf8_unchecked(bytes)
    }
}

impl Iterator for Args {
    type Item = String;

    fn next(&mut self) -> Option<String> {
        if self.next == self.end {
            return None;
        }
        self.next += 1;
        Some(arg(self.next - 1))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.end - self.next, Some(self.end - self.next))
    }
}

impl ExactSizeIterator for Args {}

impl DoubleEndedIterator for Args {
    fn next_back(&mut self) -> Option<String> {
        if self.next == self.end {
            return None;
        }
        self.end -= 1;
        Some(arg(self.end))
    }
}

impl fmt::Debug for Args {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rest = Args { next: self.next, end: self.end };
        f.debug_struct("Args").field("inner", &rest.collect::<Vec<String>>()).finish()
    }
}
