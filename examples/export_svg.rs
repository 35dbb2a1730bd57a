//! Draws a sample screen (a bordered paragraph with colours, bold, CJK and Cyrillic) and
//! exports it with `cica_dash::export`, so the SVG writer can be looked at by eye:
//!
//! ```sh
//! cargo run --example export_svg -- /tmp/svgtest
//! rsvg-convert /tmp/svgtest/slide.svg -o /tmp/svgtest/slide.png
//! ```

use std::path::PathBuf;

use cica_dash::export::{self, Palette};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

fn main() -> std::io::Result<()> {
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("/tmp/svgtest"), PathBuf::from);
    let area = Rect::new(0, 0, 48, 10);
    let mut buf = Buffer::empty(area);
    let text = vec![
        Line::from(vec!["Meeting ".bold(), Span::raw("SOC-2021-06-23").cyan()]),
        Line::from("上海合作组织 第二次会议").yellow(),
        Line::from(vec!["Chair: ".dim(), "Нурлан".bold().green()]),
        Line::from(vec![
            Span::styled(" adopted ", Style::new().bg(Color::Blue).fg(Color::White)),
            Span::raw(" "),
            Span::styled(" draft ", Style::new().add_modifier(Modifier::REVERSED)),
            Span::raw(" "),
            "under lined".underlined(),
            Span::raw(" "),
            "struck".crossed_out(),
            Span::raw(" "),
            "it".italic().magenta(),
        ]),
        Line::from(vec![
            "<&>\"' ".red(),
            "256:".fg(Color::Indexed(208)),
            " rgb".fg(Color::Rgb(120, 200, 255)),
        ]),
    ];
    Paragraph::new(text)
        .block(
            Block::new()
                .borders(Borders::ALL)
                .title(" 1 Agenda — 议程 "),
        )
        .render(area, &mut buf);
    let files = vec![
        ("slide.svg".to_owned(), export::svg(&buf, &Palette::dark())),
        (
            "slide-light.svg".to_owned(),
            export::svg(&buf, &Palette::light()),
        ),
        (
            "index.html".to_owned(),
            export::index_html(
                "CICA sample",
                &[
                    ("slide.svg".to_owned(), "Dark".to_owned()),
                    ("slide-light.svg".to_owned(), "Light".to_owned()),
                ],
            ),
        ),
    ];
    export::write_all(&dir, &files)
}
