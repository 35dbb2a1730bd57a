//! `export --format json`: the document written back as TOML data files loads as the same
//! data set (on the bundled data and on the export fixture); its facts match the fixture's
//! files read with `toml`; its keys are exactly those docs/json-schema.md lists.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use cica_dash::dataset::Dataset;
use cica_dash::load;
use common::export::{FIXTURE, export_bundled, export_ok, fixture_file, str_of};
use serde_json::Value;

/// A JSON value as TOML: keys whose value is `null` left out, as the data files leave them.
fn toml_of(v: &Value) -> toml::Value {
    match v {
        Value::Object(map) => {
            let table = map
                .iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), toml_of(v)))
                .collect();
            toml::Value::Table(table)
        }
        Value::Array(items) => toml::Value::Array(items.iter().map(toml_of).collect()),
        Value::String(s) => toml::Value::String(s.clone()),
        Value::Bool(b) => toml::Value::Boolean(*b),
        Value::Number(n) => toml::Value::Integer(n.as_i64().unwrap()),
        Value::Null => unreachable!("nulls are left out above"),
    }
}

/// A TOML file of the tables given as (key, JSON array), leaving out empty ones.
fn file_of(tables: &[(&str, &Value)]) -> String {
    let mut t = toml::Table::new();
    for (key, v) in tables {
        if v.as_array().is_some_and(|a| !a.is_empty()) || v.is_object() {
            t.insert((*key).to_owned(), toml_of(v));
        }
    }
    toml::to_string(&t).unwrap()
}

/// Writes the document back as data files, the way docs/data-format.md lays them out (the
/// reference tables in one file, one file per meeting with its items, the events in one),
/// and loads them with the program's loader.
fn reload(json: &Value) -> Dataset {
    let dir = tempfile::tempdir().unwrap();
    let top = [
        ("participant", &json["participants"]),
        ("person", &json["persons"]),
        ("glossary", &json["glossary"]),
        ("chairmanship", &json["chairmanships"]),
        ("assignment", &json["assignments"]),
    ];
    std::fs::write(dir.path().join("participants.toml"), file_of(&top)).unwrap();
    std::fs::write(
        dir.path().join("events.toml"),
        file_of(&[("event", &json["events"])]),
    )
    .unwrap();
    for (i, m) in json["meetings"].as_array().unwrap().iter().enumerate() {
        let mut meeting = m.clone();
        let obj = meeting.as_object_mut().unwrap();
        let items: Vec<Value> = ["agenda", "decisions", "statements"]
            .iter()
            .map(|k| obj.remove(*k).unwrap())
            .collect();
        let text = file_of(&[
            ("meeting", &meeting),
            ("agenda", &items[0]),
            ("decision", &items[1]),
            ("statement", &items[2]),
        ]);
        std::fs::write(dir.path().join(format!("meeting-{i}.toml")), text).unwrap();
    }
    let loaded = load::load_dir(dir.path()).unwrap();
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    without_files(loaded.dataset)
}

/// The data set with the names of the files its meetings came from left out: the one thing
/// a round trip through other files changes.
fn without_files(mut data: Dataset) -> Dataset {
    for m in &mut data.meetings {
        std::sync::Arc::make_mut(m).file.clear();
    }
    data
}

fn parse(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

#[test]
fn the_fixture_round_trips_through_json_to_the_same_data_set() {
    let json = parse(&export_ok(&["--format", "json"]));
    let original = without_files(load::load_dir(FIXTURE.as_ref()).unwrap().dataset);
    assert_eq!(
        original.meetings.len(),
        6,
        "the fixture as the test expects it"
    );
    assert_eq!(reload(&json), original);
}

#[test]
fn the_bundled_data_round_trips_through_json_to_the_same_data_set() {
    let json = parse(&export_bundled(&["--format", "json"]));
    let bundled = load::load(&load::DataSource::Bundled, load::DEFAULT_MAX_FILE_SIZE).unwrap();
    assert_eq!(reload(&json), without_files(bundled.dataset));
}

#[test]
fn the_document_says_what_it_is_and_holds_the_files_facts() {
    let json = parse(&export_ok(&["--format", "json"]));
    assert_eq!(json["format"], "cica-dash-data");
    assert_eq!(json["schema_version"], 1);
    assert_eq!(json["data_format"], 1);
    assert!(json.get("selection").is_none(), "the whole data set");
    let meetings: BTreeMap<&str, &Value> = json["meetings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["id"].as_str().unwrap(), m))
        .collect();
    let dir = std::fs::read_dir(format!("{FIXTURE}/meetings")).unwrap();
    let mut seen = 0;
    for entry in dir {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let file = fixture_file(&format!("meetings/{name}"));
        let want = file["meeting"].as_table().unwrap();
        let got = meetings[str_of(want, "id")];
        for key in [
            "title",
            "body",
            "place",
            "status",
            "chairmanship",
            "summary",
        ] {
            let written = want.get(key).map(|v| v.as_str().unwrap());
            assert_eq!(got[key].as_str(), written, "{name}: {key}");
        }
        // A TOML date (2022-10-12) and a quoted one ("2023-06") alike, in the files' form.
        let date = want["date"]
            .as_str()
            .map_or_else(|| want["date"].to_string(), str::to_owned);
        assert_eq!(got["date"], date.as_str(), "{name}");
        seen += 1;
    }
    assert_eq!(seen, meetings.len());
    let summit = fixture_file("meetings/2022-10-summit.toml");
    let quote = str_of(
        summit["statement"].as_array().unwrap()[0]
            .as_table()
            .unwrap(),
        "quote",
    );
    assert_eq!(meetings["summit-2022"]["statements"][0]["quote"], quote);
    // The decision written without an id has the one the program gives it.
    assert_eq!(
        meetings["summit-2022"]["decisions"][1]["id"],
        "summit-2022-decision-2"
    );
    // A status left out is null here: it is not made up from the dates.
    assert_eq!(meetings["mc-2030"]["status"], Value::Null);
    // An escape sequence in the data is a visible placeholder, not a control character.
    let greeting = meetings["summit-2022"]["statements"][2]["summary"]
        .as_str()
        .unwrap();
    assert!(
        greeting.contains('␛') && !greeting.contains('\u{1b}'),
        "{greeting:?}"
    );
}

/// The ids of the objects in the array at `key`.
fn ids(json: &Value, key: &str) -> Vec<String> {
    let all = json[key].as_array().unwrap().iter();
    all.map(|v| v["id"].as_str().unwrap().to_owned()).collect()
}

#[test]
fn a_narrowed_document_says_so_and_keeps_the_reference_tables_whole() {
    let json = parse(&export_ok(&[
        "--format",
        "json",
        "--meeting",
        "summit-2022",
    ]));
    assert_eq!(
        json["selection"],
        serde_json::json!({ "meeting": "summit-2022", "from": null, "to": null })
    );
    assert_eq!(ids(&json, "meetings"), ["summit-2022"]);
    assert_eq!(ids(&json, "events"), ["business-forum-2022"]);
    assert_eq!(json["participants"].as_array().unwrap().len(), 5);
    assert_eq!(json["chairmanships"].as_array().unwrap().len(), 2);
    let json = parse(&export_ok(&[
        "--format", "json", "--from", "2023", "--to", "2024",
    ]));
    assert_eq!(json["selection"]["from"], "2023");
    assert_eq!(ids(&json, "meetings"), ["swg-2023", "mc-2024"]);
    assert_eq!(
        ids(&json, "events"),
        ["conference-2023"],
        "the undated seminar is in no range"
    );
}

/// The keys docs/json-schema.md lists under `### name`.
fn documented() -> BTreeMap<String, BTreeSet<String>> {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/json-schema.md"))
        .unwrap();
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut section = String::new();
    for line in doc.lines() {
        if let Some(name) = line.strip_prefix("### ") {
            section = name.to_owned();
        } else if let Some(rest) = line.strip_prefix("| `").filter(|_| !section.is_empty()) {
            let key = rest.split('`').next().unwrap();
            out.entry(section.clone())
                .or_default()
                .insert(key.to_owned());
        }
    }
    out
}

#[test]
fn every_object_has_exactly_the_keys_the_schema_page_lists() {
    let json = parse(&export_ok(&["--format", "json"]));
    let docs = documented();
    let keys = |v: &Value| -> BTreeSet<String> { v.as_object().unwrap().keys().cloned().collect() };
    let check = |section: &str, v: &Value| assert_eq!(keys(v), docs[section], "{section}");
    let first = |v: &Value| v.as_array().unwrap()[0].clone();
    check("participant", &first(&json["participants"]));
    check("history", &first(&first(&json["participants"])["history"]));
    check("person", &first(&json["persons"]));
    check("term", &first(&json["glossary"]));
    check("chairmanship", &json["chairmanships"][1]);
    check("source", &first(&json["chairmanships"][1]["sources"]));
    check("standing role", &first(&json["assignments"]));
    let summit = &json["meetings"][1];
    assert_eq!(summit["id"], "summit-2022");
    check("meeting", summit);
    check("agenda item", &first(&summit["agenda"]));
    check("decision", &first(&summit["decisions"]));
    check("role", &first(&first(&summit["decisions"])["assignments"]));
    check("statement", &first(&summit["statements"]));
    check("event", &first(&json["events"]));
    // The document's own keys are in the table under "## The document".
    let top = [
        "format",
        "schema_version",
        "data_format",
        "participants",
        "persons",
        "glossary",
    ];
    let rest = ["chairmanships", "assignments", "meetings", "events"];
    let want: BTreeSet<String> = top.iter().chain(&rest).map(|s| (*s).to_owned()).collect();
    assert_eq!(keys(&json), want);
}
