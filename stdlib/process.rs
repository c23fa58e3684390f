//! Ending the process.

pub fn exit(code: i32) -> ! {
    unsafe { crate::builtins::__ferrum_exit(code) }
}

pub fn abort() -> ! {
    unsafe { crate::intrinsics::abort() }
}

/// What `main` may return: `()` or a `Result` whose error is printed with
/// `Debug` (exit code 1).
#[lang = "termination"]
pub trait Termination {
    fn report(self) -> i32;
}

impl Termination for () {
    fn report(self) -> i32 {
        0
    }
}

impl<T: Termination, E: crate::fmt::Debug> Termination for crate::result::Result<T, E> {
    fn report(self) -> i32 {
        match self {
            Ok(value) => value.report(),
            Err(err) => {
                eprintln!("Error: {:?}", err);
                1
            }
        }
    }
}

/// Runs a `main` that returns something other than `()`, turning its
/// result into the exit code.
#[lang = "start"]
fn lang_start<F: FnOnce() -> T, T: Termination>(main: F) -> i32 {
    main().report()
}
