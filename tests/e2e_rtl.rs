//! Right-to-left names in a real terminal (tmux, which draws cells as given, as most
//! terminals do): each name reads right to left in its own cells, the text and the borders
//! around it stay where they are, and the terminal is restored on quitting.

mod common;

use common::tmux::{Tmux, tmux_available};

const PARTICIPANTS: &str = "[[participant]]\ncode = \"IRN\"\nname = \"ایران\"\nkind = \"state\"\n";
const MEETING: &str = "[meeting]\nid = \"m\"\ntitle = \"SOC\"\nbody = \"Senior Officials Committee\"\n\
    date = 2021-06-23\n[[statement]]\nspeaker = \"رضا نجفی\"\nparticipant = \"IRN\"\n\
    summary = \"بر اهمیت سیکا تأکید کرد\"\n";

#[test]
fn arabic_names_read_right_to_left_in_their_own_cells() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("p.toml"), PARTICIPANTS).unwrap();
    std::fs::write(dir.path().join("m.toml"), MEETING).unwrap();
    let args = format!("--no-watch --data {}", dir.path().display());
    let t = Tmux::start(&args, 100, 30);
    t.wait_for("1 Agenda");
    t.keys(&["3"]);
    // رضا نجفی · ایران, each run turned in place (reversed by hand), the `·` between them.
    let s = t.wait_until(
        |s| s.contains("┏ 3 Statements") && s.contains("یفجن اضر · ناریا"),
        "the statements pane focused on the name",
    );
    let line = s.lines().find(|l| l.contains("یفجن اضر")).unwrap();
    assert!(
        line.starts_with("┃"),
        "inside the focused pane's border: {line}"
    );
    assert!(s.contains("درک دیکأت اکیس تیمها رب"), "the summary: {s}");
    t.keys(&["Enter"]);
    let s = t.wait_for("For: ناریا (IRN)");
    assert!(
        s.contains("┃یفجن اضر"),
        "the popup's border beside the name: {s}"
    );
    t.keys(&["q", "q"]);
    t.wait_for("[end]");
    t.assert_exited_cleanly();
}
