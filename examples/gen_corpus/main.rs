//! `gen_corpus`: writes a large, deterministic CICA data set for benchmarks and scale tests.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- --meetings 2000 --seed 7 --out /tmp/corpus-2000
//! ```
//!
//! The same seed and size give byte-identical files. The data follows the data format and
//! passes `cica-dash check` with no errors and no warnings; see `corpus/mod.rs` for its shape.

mod corpus;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: gen_corpus [--meetings N] [--seed S] --out DIR";

fn main() -> ExitCode {
    let mut meetings = 2000usize;
    let mut seed = 7u64;
    let mut out: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next();
        let parsed = match (arg.as_str(), value) {
            ("--meetings", Some(v)) => v.parse().map(|n| meetings = n).is_ok(),
            ("--seed", Some(v)) => v.parse().map(|s| seed = s).is_ok(),
            ("--out", Some(v)) => {
                out = Some(PathBuf::from(v));
                true
            }
            _ => false,
        };
        if !parsed {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    }
    let Some(out) = out else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let set = corpus::generate(meetings, seed);
    if let Err(e) = set.write(&out) {
        eprintln!("gen_corpus: {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    println!(
        "{}: {} files, {} meetings, {} statements, {} decisions, {} events, {:.1} MB",
        out.display(),
        set.files.len(),
        set.meetings,
        set.statements,
        set.decisions,
        set.events,
        set.bytes() as f64 / 1e6
    );
    ExitCode::SUCCESS
}
