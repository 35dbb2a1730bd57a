//! A cached reload rebuilds only the files that changed, and still gives exactly what a fresh
//! load gives when the change reaches into files that did not change: a reference that
//! becomes dangling, meetings that move, ids that clash across files, a warning across files
//! that lands in an unchanged file, participants that renumber everything.

use std::path::Path;
use std::sync::Arc;

use cica_dash::load::{self, Cache, Code, Loaded, Progress};

const MAX: u64 = load::DEFAULT_MAX_FILE_SIZE;

const PARTICIPANTS: &str = r#"format = 1

[[participant]]
code = "KAZ"
name = "Kazakhstan"
kind = "state"

[[participant]]
code = "CHN"
name = "China"
kind = "state"

[[person]]
name = "Ivan Petrov"
"#;

const A: &str = r#"format = 1

[meeting]
id = "a"
title = "Meeting A"
body = "Senior Officials Committee"
date = 2021-06-23
related = ["b"]

[[statement]]
speaker = "Ivan Petrov"
participant = "CHN"
summary = "Spoke."

[[statement]]
speaker = "Liu Weiming"
summary = "Spoke too."

[[event]]
id = "a-forum"
title = "Forum"
date = 2021-06-01
status = "held"
"#;

const B: &str = r#"format = 1

[meeting]
id = "b"
title = "Meeting B"
body = "Senior Officials Committee"
date = 2022-01-10

[[decision]]
action = "approved"
subject = "the report"

[[event]]
id = "b-seminar"
title = "Seminar"
meeting = "a"
"#;

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// A reload through the cache, checked against a fresh load of the same files.
fn reload(dir: &Path, cache: &mut Cache) -> Loaded {
    let progress = Progress::default();
    let cached = load::load_cached(dir, MAX, cache, &progress).unwrap();
    assert_eq!(progress.files_read(), progress.files_total());
    let fresh = load::load_dir(dir).unwrap();
    assert_eq!(cached.dataset, fresh.dataset);
    assert_eq!(cached.diagnostics, fresh.diagnostics);
    assert_eq!(cached.sources, fresh.sources);
    assert_eq!(cached.files, fresh.files);
    cached
}

fn meeting<'a>(l: &'a Loaded, id: &str) -> &'a Arc<cica_dash::dataset::Meeting> {
    l.dataset.meetings.iter().find(|m| m.id == id).unwrap()
}

fn codes_in(l: &Loaded, file: &str) -> Vec<(Code, usize)> {
    let at = l.diagnostics.iter().filter(|d| d.file.ends_with(file));
    at.map(|d| (d.code, d.line)).collect()
}

#[test]
fn unchanged_files_are_reused_and_changes_reach_across_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "participants.toml", PARTICIPANTS);
    write(d, "meetings/a.toml", A);
    write(d, "meetings/b.toml", B);
    let mut cache = Cache::default();
    let first = reload(d, &mut cache);
    assert!(first.diagnostics.is_empty(), "{:?}", first.diagnostics);
    assert_eq!(
        first.dataset.events[1].meeting,
        Some(0),
        "b-seminar names a"
    );

    // An edit to b: a is not built again.
    write(
        d,
        "meetings/b.toml",
        &B.replace("Meeting B", "Meeting B, renamed"),
    );
    let edited = reload(d, &mut cache);
    assert!(Arc::ptr_eq(meeting(&first, "a"), meeting(&edited, "a")));
    assert_eq!(meeting(&edited, "b").title, "Meeting B, renamed");

    // b gone: a's `related` dangles, reported in a, which is still not built again.
    std::fs::remove_file(d.join("meetings/b.toml")).unwrap();
    let gone = reload(d, &mut cache);
    assert!(Arc::ptr_eq(meeting(&first, "a"), meeting(&gone, "a")));
    assert_eq!(codes_in(&gone, "a.toml"), [(Code::UnknownRef, 8)]);
    assert_eq!(gone.sources.len(), 1, "a's text, read again for the report");

    // c comes first by date: a moves to index 1 and its event follows it; c's event clashes
    // with a's, reported with where a defines it (a's position read again from disk).
    let c = A
        .replace("id = \"a\"", "id = \"c\"")
        .replace("2021-06-23", "2020-01-01")
        .replace("related = [\"b\"]\n", "")
        .replace("Liu Weiming", "Zhang Min");
    write(d, "meetings/c.toml", &c);
    let moved = reload(d, &mut cache);
    assert_eq!(moved.dataset.meetings[1].id, "a");
    assert!(Arc::ptr_eq(meeting(&first, "a"), meeting(&moved, "a")));
    let a_forum = moved.dataset.events.iter().find(|e| e.id == "a-forum");
    assert_eq!(a_forum.unwrap().meeting, Some(1));
    let dup = moved.diagnostics.iter().find(|d| d.code == Code::Duplicate);
    let help = dup.unwrap().help.as_deref().unwrap();
    assert!(help.contains("a.toml:20:6"), "{help}");

    // A new file sorting first names a speaker near one of a's: the warning lands in a.
    write(
        d,
        "0.toml",
        "[[event]]\nid = \"x\"\ntitle = \"X\"\nmeeting = \"a\"\n",
    );
    std::fs::remove_file(d.join("meetings/c.toml")).unwrap();
    let speakers = "format = 1\n\n[meeting]\nid = \"e\"\ntitle = \"E\"\nbody = \"SOC\"\n\
        date = 2019-01-01\n\n[[statement]]\nspeaker = \"Liu Weimin\"\nsummary = \"Hi.\"\n";
    write(d, "0-e.toml", speakers);
    let near = reload(d, &mut cache);
    assert!(Arc::ptr_eq(meeting(&first, "a"), meeting(&near, "a")));
    assert!(
        codes_in(&near, "a.toml").contains(&(Code::NearDuplicate, 16)),
        "{:?}",
        near.diagnostics
    );

    // A participant added first renumbers every code: every file is built again.
    let more = PARTICIPANTS.replace(
        "format = 1\n",
        "format = 1\n\n[[participant]]\ncode = \"AFG\"\nname = \"Afghanistan\"\nkind = \"state\"\n",
    );
    write(d, "participants.toml", &more);
    let renumbered = reload(d, &mut cache);
    let a = meeting(&renumbered, "a");
    assert!(!Arc::ptr_eq(meeting(&first, "a"), a));
    let china = renumbered.dataset.participant_index["CHN"];
    assert_eq!((china, a.statements[0].participant), (2, Some(2)));
    assert_eq!(
        a.statements[0].person,
        Some(0),
        "still linked to its person"
    );
}
