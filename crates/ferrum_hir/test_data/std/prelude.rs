pub use crate::option::Option::{self, None, Some};
pub use crate::clone::Clone;
pub use crate::default::Default;
pub use crate::num::Zero;
