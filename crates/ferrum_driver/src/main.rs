fn main() {
    std::process::exit(ferrum_driver::main_with_args(std::env::args().collect()));
}
