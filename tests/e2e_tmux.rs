//! End to end in a real terminal: the release-style binary under tmux, driven with keys, read
//! back with capture-pane. These tests need tmux; without it they fail when `CI` is set and
//! say that they skipped otherwise.

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_cica-dash");

fn tmux_available() -> bool {
    let ok = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "tmux is required for the end-to-end tests when CI is set; install it (apt-get install tmux)"
        );
        eprintln!("skipped: tmux not found; install tmux to run the end-to-end tests");
    }
    ok
}

/// One tmux server with one pane running a shell command.
struct Tmux {
    socket: String,
    dir: PathBuf,
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

impl Tmux {
    /// Starts `cica-dash ARGS` in a pane of `w`×`h`. When it ends, the shell records its exit
    /// status and whether the terminal is back in cooked mode, then waits.
    fn start(args: &str, w: u16, h: u16) -> Tmux {
        Tmux::start_with("", args, w, h)
    }

    /// Like [`Tmux::start`], with environment assignments (`A=1 B=2`) before the command.
    fn start_with(env: &str, args: &str, w: u16, h: u16) -> Tmux {
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let socket = format!("cica-e2e-{}-{n}", std::process::id());
        let dir = std::env::temp_dir().join(&socket);
        std::fs::create_dir_all(&dir).unwrap();
        let script = format!(
            "{env} {BIN} --today 2026-11-28 {args}; echo \"[exited $?]\"; stty -a | grep -q ' icanon' && echo '[cooked]'; sleep 60"
        );
        let t = Tmux { socket, dir };
        t.tmux(&[
            "new-session",
            "-d",
            "-x",
            &w.to_string(),
            "-y",
            &h.to_string(),
            "sh",
            "-c",
            &script,
        ]);
        t
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p"])
    }

    fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.tmux(&["send-keys", k]);
            std::thread::sleep(Duration::from_millis(120));
        }
    }

    /// Waits up to 10 s for text to appear on screen; returns the screen.
    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(text) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "timed out waiting for {text:?}; screen:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// alternate screen, mouse (any, button, standard), cursor visible.
    fn flags(&self) -> String {
        self.tmux(&["display", "-p", "#{alternate_on}#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{cursor_flag}"])
            .trim()
            .to_owned()
    }

    /// The pid of the program: the pane's shell's child.
    fn program_pid(&self) -> String {
        let shell = self
            .tmux(&["display", "-p", "#{pane_pid}"])
            .trim()
            .to_owned();
        let children = std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children"))
            .unwrap_or_default();
        children
            .split_whitespace()
            .next()
            .expect("the program runs under the pane's shell")
            .to_owned()
    }

    fn assert_exited_cleanly(&self) {
        self.assert_exited_with(0);
    }

    fn assert_exited_with(&self, code: i32) {
        let s = self.wait_for("[exited");
        assert!(s.contains(&format!("[exited {code}]")), "exit status:\n{s}");
        assert!(s.contains("[cooked]"), "the tty was left in raw mode:\n{s}");
        assert_eq!(
            self.flags(),
            "00001",
            "alternate screen off, mouse reporting off, cursor visible"
        );
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .arg("kill-server")
            .output();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

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
    let s = t.screen();
    assert!(
        !s.contains("focus the next pane"),
        "Esc closed the help:\n{s}"
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
fn sigterm_restores_the_terminal() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::start("", 100, 30);
    t.wait_for("4 Calendar");
    let pid = t.program_pid();
    let status = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(status.success());
    t.assert_exited_cleanly();
}

#[test]
fn a_panic_restores_the_terminal_and_reports() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::start_with("CICA_DASH_TEST_PANIC=1", "", 100, 30);
    let s = t.wait_for("[exited");
    assert!(
        s.contains("panic requested by CICA_DASH_TEST_PANIC"),
        "the panic message is readable:\n{s}"
    );
    // Rust exits with 101 after a panic.
    t.assert_exited_with(101);
}
