//! `render --plain`: the meeting as linear, labelled text for a screen reader, printed.

use super::present;
use crate::app::App;

/// `render --plain`: the meeting as text for a screen reader (exit 1 on bad data, as the
/// dashboard's render).
pub(super) fn print(app: &App, meeting: Option<&str>) -> i32 {
    let chosen = match present::meeting_index(app.data(), meeting) {
        Ok(m) => m.or_else(|| {
            let current = app.current()?;
            app.data()
                .meetings
                .iter()
                .position(|m| std::ptr::eq(&**m, current))
        }),
        Err(code) => return code,
    };
    match chosen {
        Some(mi) => {
            print!("{}", crate::view::plain::meeting(app.ctx(), mi));
            0
        }
        None if app.has_data() => {
            println!("No meetings in the data.");
            0
        }
        None => {
            eprintln!("cica-dash: the data has errors; `cica-dash check` lists them");
            1
        }
    }
}
