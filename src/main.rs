//! The `cica-dash` binary: parse the command line and hand over to the library.

use clap::Parser;

fn main() {
    let cli = cica_dash::cli::Cli::parse();
    std::process::exit(cica_dash::cli::run(cli));
}
