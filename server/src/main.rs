use std::process::ExitCode;

fn main() -> ExitCode {
    innovato::cli::main()
}
