//! The `cica-dash` binary: parse the command line and hand over to the library.

fn main() {
    let cli = cica_dash::cli::Cli::parse_args();
    std::process::exit(cica_dash::cli::run(cli));
}
