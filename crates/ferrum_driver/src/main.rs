use std::process::ExitCode;

/// The compiler allocates many small, short-lived values (AST, HIR and
/// type nodes); mimalloc serves them several times faster than the system
/// allocator, which start-up time depends on.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Deeply nested input must not overflow ferrum's own stack.
const COMPILER_STACK: usize = 256 << 20;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let worker = std::thread::Builder::new()
        .stack_size(COMPILER_STACK)
        .spawn(move || ferrum_driver::main_with_args(args))
        .expect("spawning the compiler thread");
    let code = match worker.join() {
        Ok(code) => code,
        Err(_) => {
            eprintln!("error: internal compiler error: ferrum panicked; this is a bug in ferrum");
            101
        }
    };
    // Like a real process, only the low 8 bits of the status survive (`exit(-1)` is 255).
    ExitCode::from(code as u8)
}
