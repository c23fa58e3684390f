// Imports: globs (shadowed by items), enum variants, nested groups,
// `self`, renames, re-exports, `super`, `crate`, block-scoped items and
// uses, and `std::` paths.
mod shapes {
    pub mod kinds {
        pub enum Kind {
            Round,
            Flat(u8),
        }
        pub fn describe() -> u8 {
            1
        }
        pub(crate) fn helper() -> u8 {
            super::inner_value()
        }
    }
    fn inner_value() -> u8 {
        2
    }
    pub use self::kinds::Kind;
    pub use kinds::describe as describe_kind;
}

mod glob_user {
    use crate::shapes::kinds::*;
    fn describe() -> u8 {
        7
    }
    pub fn run() -> u8 {
        describe() + helper()
    }
}

use shapes::kinds::{self, Kind::*};
use shapes::{describe_kind, Kind};
use std::collections::HashMap;
use std::option::Option as Maybe;

fn main() {
    let k = Flat(3);
    let r = Round;
    let d = describe_kind() + kinds::describe() + glob_user::run();
    let m: HashMap<i32, Kind> = HashMap::new();
    let o: Maybe<u8> = Maybe::None;
    let pi = std::f64::consts::PI;
    let z = i32::zero();
    {
        use shapes::kinds::Kind as K;
        fn local() -> K {
            K::Round
        }
        let l = local();
        later();
        fn later() {}
    }
    let e = ::std::option::Option::Some(1);
    let c = core::option::Option::Some(2);
}
