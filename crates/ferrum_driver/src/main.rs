use std::process::ExitCode;

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
    ExitCode::from(code.clamp(0, 255) as u8)
}
