use std::process::ExitCode;

// mimalloc instead of glibc's malloc: under many threads glibc keeps an
// arena per thread that grows and seldom returns memory, and its
// allocation paths were a quarter of the server's own CPU time under load
// (server/benches/LOAD.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    innovato::cli::main()
}
