//! `export --format ics` imported into a calendar program, khal: every dated item of the
//! export fixture becomes an event on its days. Skipped where khal is not installed.

mod common;

use std::collections::BTreeMap;

use common::export::export_ok;
use common::run::{stderr, stdout};

/// A calendar program: khal imports the file into a calendar of its own and lists the events
/// on their days. Skipped where khal is not installed (`apt-get install khal`).
#[test]
fn khal_imports_the_calendar() {
    if std::process::Command::new("khal")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: khal not found; `apt-get install khal` to import the export into it");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (cal, file) = (dir.path().join("cal"), dir.path().join("cica.ics"));
    std::fs::create_dir(&cal).unwrap();
    std::fs::write(&file, export_ok(&["--format", "ics"])).unwrap();
    let config = dir.path().join("config");
    let locale = "[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\ndatetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n";
    let calendars = format!(
        "[calendars]\n[[cica]]\npath = {}\ntype = calendar\n",
        cal.display()
    );
    std::fs::write(&config, format!("{calendars}{locale}")).unwrap();
    let khal = |args: &[&str]| {
        let o = std::process::Command::new("khal")
            .arg("-c")
            .arg(&config)
            .args(args)
            .env("XDG_DATA_HOME", dir.path().join("data"))
            .env("XDG_CACHE_HOME", dir.path().join("cache"))
            .output()
            .unwrap();
        assert!(o.status.success(), "khal {args:?}: {}", stderr(&o));
        stdout(&o)
    };
    khal(&["import", "--batch", "-a", "cica", file.to_str().unwrap()]);
    assert_eq!(
        std::fs::read_dir(&cal).unwrap().count(),
        6,
        "one file per event"
    );
    let list = khal(&[
        "list",
        "--format",
        "{title}|{status}",
        "2022-01-01",
        "3300d",
    ]);
    // khal heads each day with its date and lists that day's events under it.
    let mut days: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut day = String::new();
    for line in list.lines() {
        match line.split_once(", ") {
            Some((_, date)) if !line.contains('|') => day = date.to_owned(),
            _ => days
                .entry(day.clone())
                .or_default()
                .push(line.trim_end().to_owned()),
        }
    }
    let on = |d: &str| days.get(d).cloned().unwrap_or_default();
    // The summit on both its days and not after; the camp on its three days.
    assert_eq!(on("2022-10-12"), ["Sixth CICA Summit|CONFIRMED"]);
    assert_eq!(on("2022-10-13"), ["Sixth CICA Summit|CONFIRMED"]);
    assert!(
        on("2022-10-14").is_empty(),
        "the summit's DTEND is exclusive:\n{list}"
    );
    for d in ["2025-07-01", "2025-07-02", "2025-07-03"] {
        assert_eq!(on(d), ["Youth camp|TENTATIVE"], "{d}");
    }
    assert!(on("2025-07-04").is_empty());
    assert_eq!(on("2025-03-05"), ["SOC meeting|CANCELLED"]);
    assert!(list.contains("外交部长理事会"), "{list}");
}
