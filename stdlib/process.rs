//! Ending the process.

pub fn exit(code: i32) -> ! {
    unsafe { crate::builtins::__ferrum_exit(code) }
}

pub fn abort() -> ! {
    unsafe { crate::intrinsics::abort() }
}
