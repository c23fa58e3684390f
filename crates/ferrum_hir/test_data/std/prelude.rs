pub use crate::option::Option::{self, None, Some};
pub use crate::clone::Clone;
pub use crate::default::Default;
pub use crate::num::Zero;
pub use crate::marker::{Copy, Sized};
pub use crate::cmp::PartialOrd;
pub use crate::convert::{From, Into};
pub use crate::boxed::Box;
pub use crate::ops_fn::{Fn, FnMut, FnOnce};
