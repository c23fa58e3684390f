//! `panic!` with a formatted message: the message is formatted into a
//! heap buffer and handed to the runtime with the caller's location.

use crate::builtins::{__ferrum_alloc, __ferrum_panic, __ferrum_realloc};
use crate::fmt;
use crate::result::Result::Ok;

/// A growable byte buffer over the allocator builtins (the message lives
/// until the process ends).
struct MessageBuf {
    ptr: *mut u8,
    len: usize,
    cap: usize,
}

impl fmt::Write for MessageBuf {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let n = s.len();
        if n == 0 {
            return Ok(());
        }
        if self.len + n > self.cap {
            let mut cap = if self.cap == 0 { 64 } else { self.cap * 2 };
            while cap < self.len + n {
                cap *= 2;
            }
            self.ptr = unsafe {
                if self.cap == 0 {
                    __ferrum_alloc(cap, 1)
                } else {
                    __ferrum_realloc(self.ptr, self.cap, cap, 1)
                }
            };
            self.cap = cap;
        }
        unsafe {
            crate::intrinsics::copy_nonoverlapping(s.as_ptr(), crate::intrinsics::offset(self.ptr as *const u8, self.len as isize) as *mut u8, n);
        }
        self.len += n;
        Ok(())
    }
}

#[lang = "panic_fmt"]
#[track_caller]
pub fn panic_fmt(args: fmt::Arguments<'_>) -> ! {
    let (file, line, col) = unsafe { crate::intrinsics::caller_location() };
    match args.as_str() {
        crate::option::Option::Some(s) => unsafe {
            __ferrum_panic(s.as_ptr(), s.len(), file.as_ptr(), file.len(), line, col)
        },
        crate::option::Option::None => {
            let mut buf = MessageBuf { ptr: 0 as *mut u8, len: 0, cap: 0 };
            let _ = fmt::write(&mut buf, args);
            let msg = if buf.len == 0 { "".as_ptr() } else { buf.ptr as *const u8 };
            unsafe { __ferrum_panic(msg, buf.len, file.as_ptr(), file.len(), line, col) }
        }
    }
}
