//! Panics in rustc's format (`thread 'main' panicked at FILE:LINE:COL:`),
//! with `#[track_caller]` locations, and the messages of failed asserts.

use crate::code::{AssertMsg, Code};
use crate::machine::Machine;
use crate::place::Fx;
use crate::ub::{Res, Stop, StopKind};
use ferrum_mir::mir::BinOp;
use ferrum_span::Span;

impl Machine<'_> {
    /// The location a panic at `span` in the top frame reports: the call
    /// site in the caller for `#[track_caller]` functions, transitively.
    pub fn caller_location(&self, span: Span) -> Span {
        let mut span = span;
        let mut k = self.frames.len();
        while k > 1 && self.frame_code(&self.frames[k - 1]).track_caller {
            let caller = &self.frames[k - 2];
            span = self.frame_code(caller).span(caller.pc);
            k -= 1;
        }
        span
    }

    /// `file:line:col` of a span, as panics print it.
    pub fn location_string(&self, span: Span) -> String {
        match (self.sources.try_file(span.file), self.sources.line_col(span)) {
            (Some(file), Some(lc)) => format!("{}:{}:{}", file.name, lc.line, lc.col),
            _ => "<unknown>:0:0".to_string(),
        }
    }

    /// Prints a panic with `msg` raised at `span` (in the top frame).
    pub fn panic(&mut self, msg: &str, span: Span) -> Stop {
        let loc = self.location_string(self.caller_location(span));
        self.panic_at(msg, &loc)
    }

    /// Prints a panic at an explicit location.
    pub fn panic_at(&mut self, msg: &str, location: &str) -> Stop {
        // Since Rust 1.89 the message starts on a fresh line of its own.
        let text = format!(
            "\nthread '{}' panicked at {location}:\n{msg}\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n",
            self.opts.thread_name
        );
        self.write_fd(2, text.as_bytes());
        Stop(Box::new(StopKind::Panic))
    }

    /// The message of a failed `Assert`.
    pub fn assert_message(&mut self, fx: Fx, code: &Code, msg: &AssertMsg) -> Res<String> {
        Ok(match msg {
            AssertMsg::Overflow(BinOp::Div) => "attempt to divide with overflow".to_string(),
            AssertMsg::Overflow(BinOp::Rem) => "attempt to calculate the remainder with overflow".to_string(),
            AssertMsg::Overflow(op) => format!("attempt to {} with overflow", op.overflow_verb()),
            AssertMsg::OverflowNeg => "attempt to negate with overflow".to_string(),
            AssertMsg::DivisionByZero => "attempt to divide by zero".to_string(),
            AssertMsg::RemainderByZero => "attempt to calculate the remainder with a divisor of zero".to_string(),
            AssertMsg::BoundsCheck { len, index } => {
                let len = self.read_op(fx, code, *len, 8)?;
                let index = self.read_op(fx, code, *index, 8)?;
                format!("index out of bounds: the len is {len} but the index is {index}")
            }
        })
    }
}
