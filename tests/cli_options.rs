//! Each command offers and takes only the options it reads: its `--help` lists them and no
//! others, and an option it does not take is clap's error (exit 2), never silently accepted.

mod common;

use common::run::{command, run, stderr, stdout};

/// The long options that `cica-dash ARGS --help` lists, in order.
fn options(args: &[&str]) -> Vec<String> {
    let o = run(&[args, &["--help"]].concat());
    assert!(o.status.success(), "{}", stderr(&o));
    stdout(&o)
        .lines()
        .map(str::trim_start)
        // A short form first: `-o, --output <FILE>`.
        .map(|l| match l.as_bytes() {
            [b'-', c, b',', b' ', ..] if *c != b'-' => &l[4..],
            _ => l,
        })
        .filter(|l| l.starts_with("--"))
        .map(|l| l.split([' ', '=']).next().unwrap().to_owned())
        .collect()
}

const GLOBAL: [&str; 3] = ["--data", "--max-file-size", "--log"];
const SHARED: [&str; 5] = [
    "--today",
    "--week-start",
    "--theme",
    "--timings",
    "--no-watch",
];

/// Asserts that `cica-dash CMD --help` lists the global options and exactly `wanted` of the
/// shared ones.
fn offers(cmd: &[&str], wanted: &[&str]) {
    let listed = options(cmd);
    for o in GLOBAL.iter().chain(wanted) {
        assert!(
            listed.iter().any(|l| l == o),
            "{cmd:?} lacks {o}: {listed:?}"
        );
    }
    for o in SHARED.iter().filter(|o| !wanted.contains(o)) {
        assert!(
            !listed.iter().any(|l| l == o),
            "{cmd:?} offers {o}: {listed:?}"
        );
    }
}

#[test]
fn the_dashboard_offers_every_shared_option() {
    offers(&[], &SHARED);
}

#[test]
fn check_offers_timings_and_not_the_screens_options() {
    offers(&["check"], &["--timings"]);
    let listed = options(&["check"]);
    assert!(listed.contains(&"--format".to_owned()), "{listed:?}");
    assert!(listed.contains(&"--deny-warnings".to_owned()), "{listed:?}");
}

#[test]
fn render_offers_what_draws_a_screen_but_no_watching() {
    offers(
        &["render"],
        &["--today", "--week-start", "--theme", "--timings"],
    );
}

#[test]
fn present_offers_today_theme_timings_and_watching_but_no_calendar_week() {
    offers(
        &["present"],
        &["--today", "--theme", "--timings", "--no-watch"],
    );
}

#[test]
fn export_offers_today_only() {
    offers(&["export"], &["--today"]);
}

#[test]
fn an_option_a_command_does_not_take_is_an_error_after_it() {
    for (cmd, flag) in [
        ("check", "--no-watch"),
        ("check", "--week-start=sunday"),
        ("check", "--today=2026-11-28"),
        ("export", "--theme=dark"),
        ("export", "--timings"),
        ("render", "--no-watch"),
        ("present", "--week-start=monday"),
    ] {
        let o = run(&[cmd, flag, "--data", "data"]);
        assert_eq!(o.status.code(), Some(2), "{cmd} {flag}");
        let err = stderr(&o);
        let name = flag.split('=').next().unwrap();
        assert!(
            err.contains(&format!("error: unexpected argument '{name}' found")),
            "{cmd} {flag}: {err}"
        );
        assert!(stdout(&o).is_empty(), "{cmd} {flag} ran");
    }
}

#[test]
fn a_dashboard_option_before_a_command_is_an_error_that_says_where_it_goes() {
    let o = run(&["--no-watch", "check", "--data", "data"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("`check` does not take --no-watch"),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).is_empty(), "check ran");

    let o = run(&["--today", "2026-11-28", "render"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--today goes after the command: `cica-dash render --today"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn the_global_options_go_before_or_after_the_command() {
    for args in [
        &["--data", "data", "check"][..],
        &["check", "--data", "data"],
        &["--max-file-size", "100000000", "check", "--timings"],
        &["check", "--max-file-size", "100000000", "--data", "data"],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        assert!(stdout(&o).contains("0 errors"), "{args:?}");
    }
}

#[test]
fn each_command_takes_its_own_options_after_its_name() {
    let o = run(&[
        "render",
        "--size",
        "60x20",
        "--today",
        "2026-11-28",
        "--week-start",
        "sunday",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 20);

    let o = run(&["check", "--data", "data", "--timings"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("timings: read"), "{}", stderr(&o));

    let o = run(&["export", "--format", "json", "--today", "2026-11-28"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).starts_with('{'), "{}", stdout(&o));
}

#[test]
fn the_environment_still_sets_data_and_theme() {
    // An unknown theme from the environment fails `render`, which draws in colour ...
    let o = command(&["render", "--size", "60x20"])
        .env("CICA_DASH_THEME", "no-such-theme")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("unknown theme `no-such-theme`"),
        "{}",
        stderr(&o)
    );
    // ... and is no concern of `check`, which does not.
    let dir = tempfile::tempdir().unwrap();
    let o = command(&["check"])
        .env("CICA_DASH_THEME", "no-such-theme")
        .env("CICA_DASH_DATA", dir.path())
        .output()
        .unwrap();
    let out = stdout(&o);
    assert!(
        out.contains("no data files"),
        "CICA_DASH_DATA is read: {out}"
    );
}
