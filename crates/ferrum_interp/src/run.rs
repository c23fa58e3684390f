//! Running `main` and turning how it stopped into an [`Outcome`]: locating
//! undefined behaviour in user code with a backtrace, leak checking.

use crate::instance::InstanceKey;
use crate::machine::Machine;
use crate::ub::{StopKind, UbError, UbKind, UbReport};
use crate::Outcome;
use ferrum_hir::hir::DefId;
use ferrum_mir::mir::BodyOwner;
use ferrum_span::{Diagnostic, Span};

impl Machine<'_> {
    pub fn run_main(&mut self, entry: DefId) -> Outcome {
        let id = self.entry_instance(entry);
        let result = self.code_of(id).and_then(|code| {
            self.push_frame(code, id)?;
            self.run_until(0)
        });
        let outcome = match result {
            Ok(()) => {
                // Through the library's entry, `main`'s result became an
                // exit code.
                let code = match (self.ret_value.take(), self.instances.key(id)) {
                    (Some(bytes), InstanceKey::Body(BodyOwner::Fn(d), _)) if *d != entry => {
                        bytes.read_uint(0, 4) as i32
                    }
                    _ => 0,
                };
                self.finish_normally(code)
            }
            Err(stop) => match *stop.0 {
                StopKind::Ub(e) => Outcome::Ub(self.report_ub(e)),
                StopKind::Panic => Outcome::Panicked,
                StopKind::Exit(code) => Outcome::Exit(code),
                StopKind::Exhausted(msg) => Outcome::ResourceExhausted(msg),
                StopKind::Error(msg) => {
                    let at = self.user_span_of_top().map(|s| format!(" (at {})", self.location_string(s)));
                    Outcome::Error(format!("interpreter: {msg}{}", at.unwrap_or_default()))
                }
            },
        };
        self.flush();
        outcome
    }

    /// `main` itself, or the library's `start` lang item instantiated for
    /// it when `main` returns a value (a `Result`).
    fn entry_instance(&mut self, entry: DefId) -> crate::instance::InstId {
        let main_key = InstanceKey::Body(BodyOwner::Fn(entry), std::rc::Rc::new([]));
        let output = self.prog.items.fn_sigs.get(&entry).map(|s| s.output);
        let (Some(start), Some(output)) = (self.prog.krate.lang_item("start"), output) else {
            return self.instances.intern(main_key);
        };
        if self.tcx.is_unit(output) {
            return self.instances.intern(main_key);
        }
        let main_ty = self.tcx.intern(ferrum_ty::ty::TyKind::FnDef(entry, std::rc::Rc::new([])));
        self.instances.intern(InstanceKey::Body(BodyOwner::Fn(start), std::rc::Rc::new([main_ty, output])))
    }

    /// At a normal end of `main`, every heap allocation still live and not
    /// owned by a static is a leak (as a memory checker reports it): one
    /// report listing each allocation site, the first as the primary
    /// location.
    fn finish_normally(&mut self, code: i32) -> Outcome {
        self.flush();
        if !self.opts.check_leaks || self.mem.live_heap == 0 {
            return Outcome::Exit(code);
        }
        let leaks = self.mem.heap_leaks();
        if leaks.is_empty() {
            return Outcome::Exit(code);
        }
        let bytes: u64 = leaks.iter().map(|l| l.1).sum();
        let plural = if leaks.len() == 1 { "" } else { "s" };
        let mut e = UbError::new(UbKind::MemoryLeak, format!("{bytes} bytes in {} allocation{plural}", leaks.len()));
        // Allocations from one site are reported together.
        let mut sites: Vec<(Span, u64, u64)> = Vec::new();
        for &(_, size, span) in &leaks {
            match sites.iter_mut().find(|s| s.0 == span) {
                Some(site) => {
                    site.1 += 1;
                    site.2 += size;
                }
                None => sites.push((span, 1, size)),
            }
        }
        for &(span, count, size) in sites.iter().take(16) {
            let text = if count == 1 {
                format!("{size} bytes allocated here are never freed")
            } else {
                format!("{count} allocations ({size} bytes) made here are never freed")
            };
            e = e.label(span, text);
        }
        if sites.len() > 16 {
            e.notes.push(format!("and {} more allocation sites", sites.len() - 16));
        }
        Outcome::Ub(self.report_ub(e))
    }

    /// Whether a span lies in the user's program (not the library).
    fn is_user_span(&self, span: Span) -> bool {
        !span.is_dummy() && self.sources.try_file(span.file).is_some_and(|f| !f.is_library)
    }

    /// The innermost user-code location on the frame stack.
    pub fn user_span_of_top(&self) -> Option<Span> {
        self.frames.iter().rev().map(|f| self.frame_code(f).span(f.pc)).find(|&s| self.is_user_span(s))
    }

    /// The location allocations are attributed to: `span` when it is user
    /// code, else the innermost user frame.
    pub fn user_span(&self, span: Span) -> Span {
        if self.is_user_span(span) {
            return span;
        }
        self.user_span_of_top().unwrap_or(span)
    }

    /// The user's frames, innermost first, one per line (library frames
    /// are left out: the fault is reported where user code called them).
    fn backtrace_note(&self, backtrace: &[(String, Option<Span>)]) -> String {
        let mut note = String::from("backtrace (innermost first):");
        for (i, (name, s)) in backtrace.iter().enumerate() {
            let at = s.map(|s| self.location_string(s)).unwrap_or_default();
            note.push_str(&format!("\n{i:>3}: `{name}` at {at}"));
        }
        note
    }

    fn report_ub(&mut self, e: UbError) -> UbReport {
        let frame_span = self.user_span_of_top();
        let backtrace: Vec<(String, Option<Span>)> = self
            .frames
            .iter()
            .rev()
            .map(|f| (self.frame_code(f).name.clone(), Some(self.frame_code(f).span(f.pc))))
            .filter(|(_, s)| s.is_some_and(|s| self.is_user_span(s)))
            .collect();
        let mut diag = Diagnostic::error(format!("undefined behavior: {}: {}", e.kind.name(), e.details));
        let mut labels = e.labels.iter();
        if let Some(s) = frame_span {
            diag = diag.primary(s, "undefined behavior occurred here");
        } else if let Some((s, text)) = labels.next() {
            // No frame is running (a leak at exit): the first label is the
            // location of the report.
            diag = diag.primary(*s, text.clone());
        }
        for (s, text) in labels {
            diag = diag.secondary(*s, text.clone());
        }
        if let Some(top) = self.frames.last() {
            let code = self.frame_code(top);
            let s = code.span(top.pc);
            if !self.is_user_span(s) && !s.is_dummy() {
                diag = diag.note(format!("inside `{}` at {}", code.name, self.location_string(s)));
            }
        }
        if !backtrace.is_empty() {
            diag = diag.note(self.backtrace_note(&backtrace));
        }
        for n in &e.notes {
            diag = diag.note(n.clone());
        }
        let rendered = ferrum_span::render(self.sources, &diag);
        self.write_fd(2, rendered.as_bytes());
        UbReport {
            kind: e.kind,
            span: frame_span.or_else(|| e.labels.first().map(|l| l.0)),
            details: e.details,
            backtrace,
            rendered,
        }
    }
}
