//! A real terminal for the end-to-end tests: the binary in a tmux pane, driven with keys and
//! read back with capture-pane.

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_cica-dash");

pub fn tmux_available() -> bool {
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

/// One tmux server with one pane running a shell command. The server's socket lives in the
/// test's own temporary directory (`-S`), so dropping the `Tmux` removes both: no stale
/// socket is left in tmux's shared socket directory.
pub struct Tmux {
    pub socket: PathBuf,
    pub dir: PathBuf,
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

impl Tmux {
    /// Starts `cica-dash ARGS --today 2026-11-28` in a pane of `w`×`h` (ARGS may begin with
    /// `present`, which takes --today after its name too). When it ends, the shell records its exit
    /// status and whether the terminal is back in cooked mode, then waits.
    pub fn start(args: &str, w: u16, h: u16) -> Tmux {
        Tmux::start_with("", args, w, h)
    }

    /// Like [`Tmux::start`], with environment assignments (`A=1 B=2`) before the command.
    pub fn start_with(env: &str, args: &str, w: u16, h: u16) -> Tmux {
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let name = format!("cica-e2e-{}-{n}", std::process::id());
        let dir = std::env::temp_dir().join(&name);
        std::fs::create_dir_all(&dir).unwrap();
        let socket = dir.join("tmux.sock");
        let script = format!(
            "{env} {BIN} {args} --today 2026-11-28; echo \"[exited $?]\"; stty -a | grep -q ' icanon' && echo '[cooked]'; echo '[end]'; sleep 60"
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

    /// An interactive shell (bash, no start-up files, prompt `$ `) in a pane of `w`×`h`, for
    /// running the program as a person does and typing commands after it.
    pub fn shell(w: u16, h: u16) -> Tmux {
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let name = format!("cica-e2e-{}-{n}", std::process::id());
        let dir = std::env::temp_dir().join(&name);
        std::fs::create_dir_all(&dir).unwrap();
        let t = Tmux {
            socket: dir.join("tmux.sock"),
            dir,
        };
        let (w, h) = (w.to_string(), h.to_string());
        t.tmux(&[
            "new-session",
            "-d",
            "-x",
            &w,
            "-y",
            &h,
            "env",
            "PS1=$ ",
            "HISTFILE=/dev/null",
            "bash",
            "--norc",
            "--noprofile",
            "-i",
        ]);
        t.wait_for_prompt();
        t
    }

    /// Waits for the shell's prompt on a line of its own (capture-pane drops its space).
    pub fn wait_for_prompt(&self) -> String {
        self.wait_until(|s| s.lines().any(|l| l.trim_end() == "$"), "the prompt")
    }

    pub fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p"])
    }

    /// Types keys, in order. The tests then wait for what the keys should show.
    pub fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.tmux(&["send-keys", k]);
            if *k == "Escape" {
                // A terminal cannot tell Esc from the start of Alt-<key> or an escape
                // sequence except by the gap after it: crossterm waits for the next byte, so
                // a key sent at once would merge with it. This gap is part of the protocol,
                // not a wait for the program.
                std::thread::sleep(Duration::from_millis(120));
            }
        }
    }

    /// Waits up to 10 s for text to appear on screen; returns the screen.
    pub fn wait_for(&self, text: &str) -> String {
        self.wait_until(|s| s.contains(text), text)
    }

    /// Waits up to 10 s until the screen passes a test; `what` names it for the failure.
    /// The screen returned is settled: a second capture is the same, so a frame the program
    /// was still writing when the first capture was taken is not taken for the result.
    pub fn wait_until(&self, test: impl Fn(&str) -> bool, what: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if test(&s) && self.screen() == s {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "timed out waiting for {what:?}; screen:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// alternate screen, mouse (any, button, standard), cursor visible.
    pub fn flags(&self) -> String {
        self.tmux(&["display", "-p", "#{alternate_on}#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{cursor_flag}"])
            .trim()
            .to_owned()
    }

    /// The pid of the program: the pane's shell's child.
    pub fn program_pid(&self) -> String {
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

    pub fn assert_exited_cleanly(&self) {
        self.assert_exited_with(0);
    }

    pub fn assert_exited_with(&self, code: i32) {
        // "[end]" comes after the exit status and the tty check, so both are on screen.
        let s = self.wait_for("[end]");
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
            .arg("-S")
            .arg(&self.socket)
            .arg("kill-server")
            .output();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
