//! End to end in a real terminal: the release-style binary under tmux, driven with keys, read
//! back with capture-pane. These tests need tmux; without it they fail when `CI` is set and
//! say that they skipped otherwise.

mod common;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use common::tmux::{Tmux, tmux_available};

#[test]
fn browse_open_help_and_quit() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::start("", 160, 48);
    let s = t.wait_for("4 Calendar");
    for title in ["1 Agenda", "2 Decisions", "3 Statements", "4 Calendar"] {
        assert!(s.contains(title), "{title} missing:\n{s}");
    }
    // While running: alternate screen on, any-motion mouse reporting on (crossterm's mouse
    // capture), cursor hidden.
    assert_eq!(t.flags(), "11000");
    t.keys(&["Tab", "j"]);
    let s = t.wait_for("2 Decisions 2/6");
    assert!(
        s.contains("▌ approved    Draft Regulations"),
        "the cursor moved to the second decision:\n{s}"
    );
    t.keys(&["?"]);
    t.wait_for("focus the next pane");
    t.keys(&["Escape"]);
    t.wait_until(
        |s| !s.contains("focus the next pane"),
        "Esc to close the help",
    );
    t.keys(&["q"]);
    t.assert_exited_cleanly();
}

#[test]
fn narrow_terminal_uses_tabs_and_ctrl_c_quits() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::start("", 80, 24);
    let s = t.wait_for("4 Calendar");
    assert!(
        s.lines()
            .nth(2)
            .unwrap_or("")
            .contains("1 Agenda   2 Decisions"),
        "tab bar on row 3:\n{s}"
    );
    t.keys(&["4"]);
    t.wait_for("Mo Tu We Th Fr Sa Su");
    t.keys(&["C-c"]);
    t.assert_exited_cleanly();
}

#[test]
fn a_panic_restores_the_terminal_and_reports() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::start_with("CICA_DASH_TEST_PANIC=1", "", 100, 30);
    let s = t.wait_for("[end]");
    assert!(
        s.contains("panic requested by CICA_DASH_TEST_PANIC"),
        "the panic message is readable:\n{s}"
    );
    // Rust exits with 101 after a panic.
    t.assert_exited_with(101);
}

/// Every file under `dir` with its bytes, sorted: to prove the program wrote nothing.
fn snapshot_dir(dir: &std::path::Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push((p.clone(), std::fs::read(&p).unwrap()));
            }
        }
    }
    out.sort();
    out
}

fn copy_bundled_data(to: &std::path::Path) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    std::fs::create_dir_all(to.join("meetings")).unwrap();
    std::fs::copy(root.join("participants.toml"), to.join("participants.toml")).unwrap();
    std::fs::copy(
        root.join("meetings/2021-06-23-soc.toml"),
        to.join("meetings/2021-06-23-soc.toml"),
    )
    .unwrap();
}

/// Saves like an editor that writes a temporary file and renames it over the original.
fn save_by_rename(path: &std::path::Path, text: &str) {
    let tmp = path.with_extension("toml.tmp~");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, path).unwrap();
}

#[test]
fn a_broken_save_shows_a_banner_and_a_fix_reloads_keeping_the_selection() {
    if !tmux_available() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    copy_bundled_data(data.path());
    let meeting = data.path().join("meetings/2021-06-23-soc.toml");
    let good = std::fs::read_to_string(&meeting).unwrap();
    let t = Tmux::start(&format!("--data {}", data.path().display()), 120, 32);
    t.wait_for("4 Calendar");
    t.keys(&["2", "j", "j"]);
    t.wait_for("2 Decisions 3/6");

    save_by_rename(
        &meeting,
        &good.replacen("chairmanship = \"KAZ\"", "chairmanship = \"KZA\"", 1),
    );
    let s = t.wait_for("reload failed");
    assert!(
        s.contains("2021-06-23-soc.toml:10:16: unknown participant `KZA`"),
        "{s}"
    );
    assert!(
        s.contains("2 Decisions 3/6"),
        "the last good data and the selection stay:\n{s}"
    );
    t.keys(&["e"]);
    t.wait_for("did you mean `KAZ`?");
    t.keys(&["Escape"]);

    let before_fix = snapshot_dir(data.path());
    save_by_rename(&meeting, &good);
    let s = t.wait_for("reloaded");
    assert!(!s.contains("reload failed"), "the banner is gone:\n{s}");
    assert!(
        s.contains("2 Decisions 3/6"),
        "the selection survived the reload:\n{s}"
    );
    let fixed = snapshot_dir(data.path());
    assert_ne!(before_fix, fixed, "the test's own save changed the file");
    t.keys(&["q"]);
    t.assert_exited_cleanly();
    assert_eq!(
        snapshot_dir(data.path()),
        fixed,
        "the program created, changed or deleted nothing in the data directory"
    );
}

#[test]
fn bad_data_opens_the_error_screen_which_recovers() {
    if !tmux_available() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    copy_bundled_data(data.path());
    let meeting = data.path().join("meetings/2021-06-23-soc.toml");
    let good = std::fs::read_to_string(&meeting).unwrap();
    std::fs::write(
        &meeting,
        good.replacen("date = 2021-06-23", "date = 2021-02-30", 1),
    )
    .unwrap();
    let t = Tmux::start(&format!("--data {}", data.path().display()), 100, 24);
    let s = t.wait_for("The data could not be loaded");
    assert!(!s.contains("1 Agenda"), "no half data set:\n{s}");
    std::fs::write(&meeting, &good).unwrap();
    t.wait_for("1 Agenda");
    t.keys(&["q"]);
    t.assert_exited_cleanly();
}

#[test]
fn escape_sequences_in_data_never_reach_the_terminal() {
    if !tmux_available() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    std::fs::write(
        data.path().join("m.toml"),
        concat!(
            "[meeting]\nid = \"m\"\n",
            "title = \"Clip\\u001b]52;c;SGVsbG8=\\u0007board\"\n",
            "body = \"Wipe\\u001b[2J\\u001b[H \\u009b31m \\u202eRTL\"\n",
            "date = 2021-06-23\n",
            "[[agenda]]\nid = \"a\"\ntitle = \"Title\\u001b]0;pwned\\u0007 item\"\n",
        ),
    )
    .unwrap();
    let t = Tmux::start(
        &format!("--data {} --no-watch", data.path().display()),
        100,
        30,
    );
    let s = t.wait_for("4 Calendar");
    assert!(
        s.contains("Clip␛board"),
        "the OSC 52 clipboard write is shown as a placeholder:\n{s}"
    );
    assert!(
        s.contains("Wipe␛␛ � �RTL"),
        "CSI (7- and 8-bit) and the bidi override are placeholders:\n{s}"
    );
    t.keys(&["Enter"]);
    let s = t.wait_for("Agenda item");
    assert!(
        s.contains("1 Agenda"),
        "the screen was not cleared by ESC [2J:\n{s}"
    );
    assert_eq!(
        t.tmux(&["list-buffers"]).trim(),
        "",
        "no clipboard write reached tmux"
    );
    let title = t.tmux(&["display", "-p", "#{pane_title}"]);
    assert!(
        !title.contains("pwned"),
        "no title change reached tmux: {title}"
    );
    t.keys(&["Escape", "q"]);
    t.assert_exited_cleanly();
}

#[test]
fn a_closed_terminal_ends_the_program() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::start("", 100, 30);
    t.wait_for("4 Calendar");
    let pid = t.program_pid();
    // Closing the terminal: the pane's shell gets SIGHUP, the program only sees end-of-file.
    t.tmux(&["kill-server"]);
    let start = Instant::now();
    while std::path::Path::new(&format!("/proc/{pid}")).exists()
        && std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|s| !s.contains(") Z "))
    {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "cica-dash (pid {pid}) kept running after its terminal closed"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_finished_test_leaves_no_socket_behind() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::start("", 80, 24);
    t.wait_for("1 Agenda");
    let (socket, dir) = (t.socket.clone(), t.dir.clone());
    assert!(socket.exists(), "the server listens at {socket:?}");
    drop(t);
    assert!(!socket.exists(), "{socket:?} removed");
    assert!(!dir.exists(), "{dir:?} removed");
}
