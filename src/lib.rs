//! cica-dash: a terminal dashboard for the activity of CICA, the Conference on Interaction and
//! Confidence Building Measures in Asia.
//!
//! The crate is a library with a thin binary. Data flows one way: [`load`] turns TOML files
//! into a validated [`dataset::Dataset`]; [`app`] holds the screen's state and changes it
//! only through [`app::update`]; [`ui`] draws that state and does nothing else; [`tui`] runs
//! the real terminal and [`render`] the headless one, both feeding keys through [`keymap`].
//! [`export`] turns a drawn screen into an SVG picture and a set of them into a handout;
//! [`dump`] writes the data itself as a calendar, minutes, JSON or CSV (`cica-dash export`).

pub mod action;
pub mod app;
pub mod bindings;
pub mod calendar;
pub mod check;
pub mod cli;
pub mod dataset;
pub mod deck;
pub mod dump;
pub mod export;
pub mod keymap;
pub mod keys;
pub mod load;
pub mod log;
pub mod model;
pub mod render;
pub mod search;
pub mod sync;
pub mod text;
pub mod theme;
pub mod tui;
pub mod ui;
pub mod view;
pub mod watch;
