//! The standard streams: `print!`/`eprint!` output, `stdout()`/`stderr()`
//! as `Write`rs, and `stdin()` with one buffer shared by every handle, as
//! std's is.

use super::{BufRead, Read, Result, Write};
use crate::fmt;
use crate::result::Result::{Err, Ok};
use crate::string::String;
use crate::vec::Vec;

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
            write_fd(self.fd, &self.buf[..self.len]);
            self.len = 0;
        }
    }
}

fn write_fd(fd: i32, bytes: &[u8]) {
    unsafe {
        crate::builtins::__ferrum_write(fd, bytes.as_ptr(), bytes.len());
    }
}

impl fmt::Write for FdWriter {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let n = s.len();
        if self.len + n > 256 {
            self.flush();
            if n > 256 {
                write_fd(self.fd, s.as_bytes());
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
        write_fd(fd, s.as_bytes());
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

/// Standard output: writes go straight to the descriptor, in order with
/// `print!`.
pub struct Stdout {
    _private: (),
}

pub struct StdoutLock<'a> {
    _stdout: &'a Stdout,
}

pub fn stdout() -> Stdout {
    Stdout { _private: () }
}

static STDOUT: Stdout = Stdout { _private: () };
static STDERR: Stderr = Stderr { _private: () };

impl Stdout {
    pub fn lock(&self) -> StdoutLock<'static> {
        StdoutLock { _stdout: &STDOUT }
    }
}

/// Standard error, unbuffered.
pub struct Stderr {
    _private: (),
}

pub struct StderrLock<'a> {
    _stderr: &'a Stderr,
}

pub fn stderr() -> Stderr {
    Stderr { _private: () }
}

impl Stderr {
    pub fn lock(&self) -> StderrLock<'static> {
        StderrLock { _stderr: &STDERR }
    }
}

macro_rules! fd_write {
    ($fd:expr, $($t:ty),*) => {
        $(
            impl Write for $t {
                fn write(&mut self, buf: &[u8]) -> Result<usize> {
                    write_fd($fd, buf);
                    Ok(buf.len())
                }
                fn flush(&mut self) -> Result<()> {
                    Ok(())
                }
            }
        )*
    };
}

fd_write!(1, Stdout, StdoutLock<'_>);
fd_write!(2, Stderr, StderrLock<'_>);

/// What has been read from descriptor 0 but not consumed yet, shared by
/// every `Stdin` handle.
struct StdinBuffer {
    bytes: Vec<u8>,
    pos: usize,
}

static mut STDIN_BUFFER: StdinBuffer = StdinBuffer { bytes: Vec::new(), pos: 0 };

fn stdin_buffer() -> &'static mut StdinBuffer {
    unsafe { &mut *(&raw mut STDIN_BUFFER) }
}

impl StdinBuffer {
    fn fill(&mut self) -> &[u8] {
        if self.pos == self.bytes.len() {
            self.bytes.clear();
            self.pos = 0;
            let mut chunk = [0u8; 4096];
            let n = unsafe { crate::builtins::__ferrum_read(0, &mut chunk[0] as *mut u8, chunk.len()) };
            if n > 0 {
                self.bytes.extend_from_slice(&chunk[..n as usize]);
            }
        }
        &self.bytes[self.pos..]
    }
}

/// Standard input, buffered.
pub struct Stdin {
    _private: (),
}

pub struct StdinLock<'a> {
    _stdin: &'a Stdin,
}

static STDIN: Stdin = Stdin { _private: () };

pub fn stdin() -> Stdin {
    Stdin { _private: () }
}

impl Stdin {
    pub fn lock(&self) -> StdinLock<'static> {
        StdinLock { _stdin: &STDIN }
    }

    pub fn read_line(&self, buf: &mut String) -> Result<usize> {
        self.lock().read_line(buf)
    }

    pub fn lines(self) -> super::Lines<StdinLock<'static>> {
        self.lock().lines()
    }
}

impl Read for Stdin {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        self.lock().read(buf)
    }
}

impl Read for StdinLock<'_> {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        let available = self.fill_buf()?;
        let n = if buf.len() < available.len() { buf.len() } else { available.len() };
        buf[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for StdinLock<'_> {
    fn fill_buf(&mut self) -> Result<&[u8]> {
        Ok(stdin_buffer().fill())
    }

    fn consume(&mut self, amt: usize) {
        stdin_buffer().pos += amt;
    }
}
