//! Standard output and error, as `print!`/`eprint!` reach them.

use crate::fmt;
use crate::result::Result::{Err, Ok};

/// A writer to a file descriptor that buffers one formatted message, so a
/// `println!` is one write as with the real (line-buffered) stdout.
struct FdWriter {
    fd: i32,
    buf: [u8; 256],
    len: usize,
}

impl FdWriter {
    fn flush(&mut self) {
        if self.len > 0 {
            unsafe {
                crate::builtins::__ferrum_write(self.fd, &self.buf[0] as *const u8, self.len);
            }
            self.len = 0;
        }
    }
}

impl fmt::Write for FdWriter {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let n = s.len();
        if self.len + n > 256 {
            self.flush();
            if n > 256 {
                unsafe {
                    crate::builtins::__ferrum_write(self.fd, s.as_ptr(), n);
                }
                return Ok(());
            }
        }
        unsafe {
            let dst = crate::intrinsics::offset(&self.buf[0] as *const u8, self.len as isize) as *mut u8;
            crate::intrinsics::copy_nonoverlapping(s as *const str as *const u8, dst, n);
        }
        self.len += n;
        Ok(())
    }
}

fn print_to(fd: i32, args: fmt::Arguments<'_>, label: &str) {
    if let crate::option::Option::Some(s) = args.as_str() {
        unsafe {
            crate::builtins::__ferrum_write(fd, s.as_ptr(), s.len());
        }
        return;
    }
    let mut w = FdWriter { fd, buf: [0u8; 256], len: 0 };
    let r = fmt::write(&mut w, args);
    w.flush();
    if let Err(_) = r {
        panic!("failed printing to {}: formatter error", label);
    }
}

#[lang = "format_print"]
pub fn _print(args: fmt::Arguments<'_>) {
    print_to(1, args, "stdout");
}

#[lang = "format_eprint"]
pub fn _eprint(args: fmt::Arguments<'_>) {
    print_to(2, args, "stderr");
}
