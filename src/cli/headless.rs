//! `cica-dash render`: the dashboard (or a slide) drawn headless at a given size after the
//! keys given, printed as text; with `--timings`, the load, first frame and per-key times.

use super::session::load_app;
use super::{Options, RenderArgs, print_timings};
use crate::app::{Action, update};
use crate::{keys, render};

/// `render`: the screen as text (exit 1 when the data has errors and the error screen shows).
pub(super) fn run(cli: &Options, args: &RenderArgs) -> i32 {
    let RenderArgs {
        size,
        keys,
        present,
        plain,
        meeting,
        svg,
        ..
    } = args;
    if meeting.is_some() && !*present && !*plain {
        eprintln!("cica-dash: --meeting goes with --present or --plain");
        return 2;
    }
    let keys = match keys::parse(keys) {
        Ok(k) => k,
        Err(e) => {
            eprintln!("cica-dash: {e}");
            return 2;
        }
    };
    let (mut app, loaded, _) = match load_app(cli, false) {
        Ok(l) => l,
        Err(code) => return code,
    };
    if *plain {
        return super::plain::print(&app, meeting.as_deref());
    }
    if *present {
        let meeting = match super::present::meeting_index(app.data(), meeting.as_deref()) {
            Ok(m) => m,
            Err(code) => return code,
        };
        update(&mut app, Action::Present { meeting });
    }
    let text = if cli.timings {
        let timed = render::feed_timed(&mut app, &keys, size.0, size.1);
        print_timings(&loaded, Some(timed.first_frame));
        print_key_timings(&timed.keys, timed.index_build);
        render::to_text(&timed.buffer)
    } else {
        render::render_text(&mut app, &keys, size.0, size.1)
    };
    print!("{text}");
    if let Some(path) = svg
        && let Err(code) = super::present::write_svg(&mut app, *size, path)
    {
        return code;
    }
    i32::from(!app.has_data())
}

/// The second `--timings` line of `render --keys`: p50, p99 and max of update plus draw (not
/// counting a search index build, which the terminal does on a thread; it is shown apart).
fn print_key_timings(samples: &[std::time::Duration], index_build: std::time::Duration) {
    if samples.is_empty() {
        return;
    }
    let ms = |p: f64| render::percentile(samples, p).as_secs_f64() * 1000.0;
    let index = if index_build.is_zero() {
        String::new()
    } else {
        format!(
            " (search index built in {:.0} ms, apart)",
            index_build.as_secs_f64() * 1000.0
        )
    };
    eprintln!(
        "keys: {} pressed, update+draw p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms{index}",
        samples.len(),
        ms(50.0),
        ms(99.0),
        ms(100.0)
    );
}
