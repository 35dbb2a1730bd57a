//! Shared helpers for the integration tests.
#![allow(dead_code)]

pub mod export;
pub mod run;
pub mod tmux;

use chrono::{NaiveDate, Weekday};
use cica_dash::app::{App, Settings};
use cica_dash::load::{self, DataSource, Source};

/// The fixed "today" of the tests: after the bundled meeting, so it counts as held.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

pub fn settings() -> Settings {
    Settings {
        today: today(),
        week_start: Weekday::Mon,
    }
}

/// The dashboard on the bundled data.
pub fn bundled_app() -> App {
    let loaded = load::load(&DataSource::Bundled, load::DEFAULT_MAX_FILE_SIZE).unwrap();
    assert!(!loaded.has_errors());
    App::new(loaded.dataset, settings())
}

/// The dashboard on a data directory; panics if the data has errors or warnings.
pub fn app_in(dir: &str) -> App {
    App::new(data_in(dir), settings())
}

/// A data directory's data set; panics if the data has errors or warnings.
pub fn data_in(dir: &str) -> cica_dash::dataset::Dataset {
    let loaded = load::load_dir(std::path::Path::new(dir)).unwrap();
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    loaded.dataset
}

/// Files given as (path, text) pairs, loaded; panics if the data has errors.
pub fn load_pairs(files: &[(String, String)]) -> load::Loaded {
    let sources: Vec<Source> = files
        .iter()
        .map(|(path, text)| Source {
            path: path.clone(),
            text: text.clone(),
        })
        .collect();
    let loaded = load::load_sources(&sources, Vec::new());
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    loaded
}

/// The path and text of every `*.toml` file under `dir`, in path order.
pub fn texts(dir: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(dir)];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "toml") {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path.display().to_string(), text));
            }
        }
    }
    out.sort();
    out
}

/// The dashboard on data given as (path, text) pairs; panics if the data has errors.
pub fn app_from(files: &[(&str, &str)]) -> App {
    let sources: Vec<Source> = files
        .iter()
        .map(|(p, t)| Source {
            path: p.to_string(),
            text: t.to_string(),
        })
        .collect();
    let loaded = load::load_sources(&sources, Vec::new());
    let errors: Vec<String> = loaded.diagnostics.iter().map(ToString::to_string).collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    App::new(loaded.dataset, settings())
}

/// Two meetings, the second planned in the future, for meeting navigation.
pub const TWO_MEETINGS: &[(&str, &str)] = &[
    (
        "a.toml",
        "[meeting]\nid = \"first\"\ntitle = \"First meeting\"\nbody = \"Senior Officials Committee\"\ndate = 2021-03-01\n[[agenda]]\nid = \"x\"\ntitle = \"Only item\"\n",
    ),
    (
        "b.toml",
        "[meeting]\nid = \"second\"\ntitle = \"Second meeting\"\nbody = \"Ministerial Council\"\ndate = \"2030-10\"\n",
    ),
];

/// Feeds keys and draws at a size; checks that no line is wider than the screen and that
/// every row is there.
pub fn screen(app: &mut App, keys: &str, w: u16, h: u16) -> String {
    let text = cica_dash::render::render_text(app, &cica_dash::keys::parse(keys).unwrap(), w, h);
    for (i, line) in text.lines().enumerate() {
        assert!(
            cica_dash::text::width(line) <= usize::from(w),
            "line {i} is wider than {w}: {line:?}"
        );
    }
    assert_eq!(text.lines().count(), usize::from(h));
    text
}
