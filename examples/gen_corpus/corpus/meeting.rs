//! One meeting file: the `[meeting]` table, its agenda, decisions, statements and events;
//! and `events.toml`, the events no meeting reported.

use std::fmt::Write as _;

use chrono::{Datelike, Days, NaiveDate};

use super::words::{PLACES, TOPICS, prose_any};
use super::world::{CHAIRS, World};
use super::{Rng, kv, ordinal, paragraph, quote};

const BODIES: &[(&str, &str)] = &[
    ("Senior Officials Committee", "soc"),
    ("Senior Officials Committee", "soc"),
    ("Special Working Group", "swg"),
    ("Special Working Group", "swg"),
    ("Ministerial Council", "mc"),
    ("Summit", "summit"),
    ("Council of Eminent Persons", "cep"),
];

/// When and what a meeting is, decided before any file is written.
pub struct Plan {
    pub id: String,
    body: &'static str,
    number: usize,
    date: NaiveDate,
    /// How much of `date` is written: 3 day, 2 month, 1 year.
    precision: u8,
    pub end: Option<NaiveDate>,
    status: Option<&'static str>,
    planned: Option<NaiveDate>,
}

impl Plan {
    fn date_value(&self) -> String {
        match self.precision {
            3 => self.date.to_string(),
            2 => quote(&self.date.format("%Y-%m").to_string()),
            _ => quote(&self.date.year().to_string()),
        }
    }

    pub fn file_name(&self) -> String {
        let date = self.date_value().replace('"', "");
        format!("meetings/{date}-{}.toml", self.id)
    }

    /// The first day of the meeting's date period, and its last day.
    pub fn span(&self) -> (NaiveDate, NaiveDate) {
        let last = match (self.end, self.precision) {
            (Some(e), _) => e,
            (None, 3) => self.date,
            (None, 2) => self.date.with_day(28).unwrap_or(self.date),
            (None, _) => self.date.with_month(12).unwrap_or(self.date),
        };
        (self.date, last)
    }
}

/// Dates spread evenly over 1992–2030 with jitter, in order; some partial, some multi-day,
/// the later ones planned, a few postponed or cancelled.
pub fn plan(rng: &mut Rng, n: usize) -> Vec<Plan> {
    let start = NaiveDate::from_ymd_opt(1992, 1, 1).unwrap_or_default();
    let span = 39 * 365;
    let step = (span / n.max(1)).max(1);
    let mut counts = [0usize; BODIES.len()];
    (0..n)
        .map(|i| {
            let b = rng.below(BODIES.len());
            counts[b] += 1;
            let (body, slug) = BODIES[b];
            let day = (i * span / n.max(1) + rng.below(step)) as u64;
            let mut date = start + Days::new(day);
            let precision = match rng.below(100) {
                0..=4 => 2,
                5..=6 => 1,
                _ => 3,
            };
            if precision < 3 {
                date = date.with_day(1).unwrap_or(date);
            }
            if precision == 1 {
                date = date.with_month(1).unwrap_or(date);
            }
            let end = (precision == 3 && rng.chance(25))
                .then(|| date + Days::new(rng.range(1, 3) as u64));
            let future = date.year() >= 2027;
            let (status, planned) = match rng.below(100) {
                0..=3 => (
                    Some("postponed"),
                    Some(date - Days::new(rng.range(30, 200) as u64)),
                ),
                4 => (Some("cancelled"), None),
                5..=7 if !future => (
                    Some("held"),
                    Some(date - Days::new(rng.range(7, 60) as u64)),
                ),
                _ if future => (rng.chance(50).then_some("planned"), None),
                _ => (rng.chance(70).then_some("held"), None),
            };
            Plan {
                id: format!("{slug}-{:04}", i + 1),
                body,
                number: counts[b],
                date,
                precision,
                end,
                status,
                planned: planned.filter(|_| precision == 3),
            }
        })
        .collect()
}

/// A written meeting file and what it holds.
pub struct Written {
    pub text: String,
    pub statements: usize,
    pub decisions: usize,
    pub events: usize,
}

fn chair_at(date: NaiveDate) -> Option<(&'static str, &'static str)> {
    let d = date.to_string();
    CHAIRS
        .iter()
        .rev()
        .find(|(_, _, from, _)| d.as_str() >= *from)
        .map(|&(code, adj, _, _)| (code, adj))
}

/// Agenda items: `(id, title, kind)`; the decision items come after the procedural ones.
fn agenda(rng: &mut Rng) -> Vec<(String, String, &'static str)> {
    const DECISION_ITEMS: &[&str] = &[
        "Draft documents for adoption",
        "Observer status and membership",
        "Budget and financial matters",
        "Priority areas and their coordinators",
        "Calendar of CICA events",
        "Cooperation with international organizations",
        "Draft Catalogue of Confidence Building Measures",
        "Preparations for the next Ministerial Council",
    ];
    let mut items = vec![
        (
            "opening".into(),
            "Opening remarks by the Chair".into(),
            "procedural",
        ),
        (
            "adoption".into(),
            "Adoption of the agenda".into(),
            "procedural",
        ),
    ];
    for (k, title) in DECISION_ITEMS.iter().take(rng.range(4, 8)).enumerate() {
        items.push((format!("item-{}", k + 1), (*title).into(), "decision"));
    }
    let topic = rng.word(TOPICS);
    items.push((
        "thematic".into(),
        format!("Thematic discussion on {topic}"),
        "thematic discussion",
    ));
    items.push((
        "report".into(),
        "Report of the Executive Director".into(),
        "report",
    ));
    items.push((
        "closing".into(),
        "Any other business and closing".into(),
        "procedural",
    ));
    items
}

/// Writes one meeting file; `previous` is the id of the meeting before it, for `related`.
pub fn write(rng: &mut Rng, w: &World, p: &Plan, previous: Option<&str>) -> Written {
    let mut out = String::from(
        "# Generated by examples/gen_corpus: invented data.\nformat = 1\n\n[meeting]\n",
    );
    let chair = chair_at(p.date);
    let host = w.state(rng);
    let mut title = format!("{} meeting of the {}", ordinal(p.number), p.body);
    if let Some((_, adj)) = chair {
        let _ = write!(title, " under the {adj} chairmanship");
    }
    kv(&mut out, "id", &quote(&p.id));
    kv(&mut out, "title", &quote(&title));
    kv(&mut out, "body", &quote(p.body));
    kv(&mut out, "date", &p.date_value());
    if let Some(end) = p.end {
        kv(&mut out, "end", &end.to_string());
    }
    let place = rng.word(PLACES);
    kv(&mut out, "place", &quote(place));
    let online = (2020..=2021).contains(&p.date.year());
    kv(
        &mut out,
        "format",
        &quote(if online { "online" } else { "in-person" }),
    );
    if let Some(s) = p.status {
        kv(&mut out, "status", &quote(s));
    }
    if let Some(d) = p.planned {
        kv(&mut out, "planned", &d.to_string());
        kv(&mut out, "planned_place", &quote(rng.word(PLACES)));
    }
    if let Some(prev) = previous.filter(|_| rng.chance(50)) {
        kv(&mut out, "related", &format!("[{}]", quote(prev)));
    }
    if let Some((code, _)) = chair {
        kv(&mut out, "chairmanship", &quote(code));
        kv(&mut out, "chair", &quote(&rng.pick(&w.speakers).latin));
        kv(
            &mut out,
            "chair_title",
            &quote(&format!(
                "Deputy Minister of Foreign Affairs of {}",
                w.name_of(code)
            )),
        );
    }
    kv(
        &mut out,
        "summary",
        &paragraph(&prose_any(rng, 200, 600, host.name)),
    );
    if rng.chance(20) {
        kv(
            &mut out,
            "notes",
            &quote("Agenda reconstructed from the press release of the Secretariat."),
        );
    }
    out.push_str("\n[[meeting.sources]]\n");
    kv(
        &mut out,
        "title",
        &quote(&format!("Press release on the {title}")),
    );
    kv(
        &mut out,
        "url",
        &quote(&format!("https://example.org/cica/press/{}", p.id)),
    );
    kv(&mut out, "publisher", &quote("CICA Secretariat"));

    let agenda = if rng.chance(3) {
        Vec::new()
    } else {
        agenda(rng)
    };
    for (id, title, kind) in &agenda {
        out.push_str("\n[[agenda]]\n");
        kv(&mut out, "id", &quote(id));
        kv(&mut out, "title", &quote(title));
        kv(&mut out, "kind", &quote(kind));
    }
    let decisions = super::items::decisions(&mut out, rng, w, p, &agenda);
    let statements = super::items::statements(&mut out, rng, w, &agenda);
    let (first, last) = p.span();
    let events = rng.range(7, 13);
    for k in 1..=events {
        let planned = matches!(p.status, Some("planned" | "postponed")) || rng.chance(15);
        super::events::event(
            &mut out,
            rng,
            w,
            &format!("{}-e{k}", p.id),
            planned.then_some(last),
            first,
        );
    }
    Written {
        text: out,
        statements,
        decisions,
        events,
    }
}
