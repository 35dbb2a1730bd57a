//! The coordination index: the roles in force on a day (the date filter, checked against
//! periods worked out by hand from `tests/fixtures/coordination`), the grid's rows, columns
//! and cells, and stepping from change to change. The view itself is in
//! `tests/coordination_view/`.

use std::collections::BTreeSet;
use std::path::Path;

use chrono::NaiveDate;
use cica_dash::dataset::Dataset;
use cica_dash::dataset::coord::Coordination;
use cica_dash::load;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn fixture() -> Dataset {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/coordination");
    let loaded = load::load_dir(&dir).unwrap();
    let problems: Vec<String> = loaded.diagnostics.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    loaded.dataset
}

/// (participant code, role, area) of every role in force on `on` (every role for `None`).
fn in_force(data: &Dataset, on: Option<&str>) -> BTreeSet<(String, String, String)> {
    let coord = Coordination::build(data);
    let grid = coord.grid(on.map(day));
    grid.roles
        .iter()
        .map(|&i| {
            let a = coord.roles[i].assignment(data).unwrap();
            let code = data.participants[a.participant].code.clone();
            (code, a.role.clone(), a.area.clone())
        })
        .collect()
}

/// A role as (participant code, role, area).
type Named = (&'static str, &'static str, &'static str);

fn set(roles: &[Named]) -> BTreeSet<(String, String, String)> {
    roles
        .iter()
        .map(|(p, r, a)| (p.to_string(), r.to_string(), a.to_string()))
        .collect()
}

// The fixture's roles and their periods, worked out by hand from the files: a decision's role
// without `from` starts on its meeting's day (10 Apr 2019, 23 Jun 2021); a standing role
// with a `decision` starts on that decision's meeting day; `until = "2022"` lasts to
// 31 Dec 2022, `"2020-06"` to 30 Jun 2020; a role with no dates at all is always in force.
const S1: Named = ("KAZ", "coordinator", "Energy security"); // 2015-01-01 – 2020-06-30
const S2: Named = ("RUS", "coordinator", "Новые вызовы и угрозы"); // 2018-03-01 –
const S3: Named = ("THA", "co-coordinator", "Food security"); // 2019-04-10 –
const S4: Named = ("IND", "coordinator", "Human dimension"); // always
const D1A: Named = ("CHN", "coordinator", "应对新威胁和挑战"); // 2019-04-10 –
const D1B: Named = ("IRN", "co-coordinator", "Energy security"); // 2019-04-10 – 2022-12-31
const D1C: Named = ("JOR", "co-coordinator", "Food security"); // 2019-05-01 – 2021-06-22
const D1D: Named = ("TUR", "coordinator", "Food security"); // 2019-04-10 –
const D2A: Named = ("KAZ", "coordinator", "Human dimension"); // 2021-07-01 –
const D2B: Named = ("CHN", "co-coordinator", "Energy security"); // 2021-06-23 –
const D2C: Named = ("JOR", "co-coordinator", "Food security"); // 2021-06-23 –
const D2D: Named = ("IRN", "co-coordinator", "Новые вызовы и угрозы"); // 2021-06-23 – 2021-12-31
const D2E: Named = ("RUS", "co-coordinator", "应对新威胁和挑战"); // 2021-06-23 –
const D2F: Named = ("THA", "coordinator", "Energy security"); // 2023-01-01 –

#[test]
fn the_date_filter_keeps_the_roles_in_force_on_each_day() {
    let data = fixture();
    let cases: &[(&str, &[Named])] = &[
        ("2014-12-31", &[S4]),
        ("2016-06-01", &[S1, S4]),
        ("2019-04-10", &[S1, S2, S3, S4, D1A, D1B, D1D]),
        ("2020-06-30", &[S1, S2, S3, S4, D1A, D1B, D1C, D1D]),
        ("2020-07-01", &[S2, S3, S4, D1A, D1B, D1C, D1D]),
        ("2021-06-22", &[S2, S3, S4, D1A, D1B, D1C, D1D]),
        (
            "2021-06-23",
            &[S2, S3, S4, D1A, D1B, D1D, D2B, D2C, D2D, D2E],
        ),
        (
            "2022-06-01",
            &[S2, S3, S4, D1A, D1B, D1D, D2A, D2B, D2C, D2E],
        ),
        (
            "2023-06-01",
            &[S2, S3, S4, D1A, D1D, D2A, D2B, D2C, D2E, D2F],
        ),
    ];
    for (on, expected) in cases {
        assert_eq!(in_force(&data, Some(on)), set(expected), "on {on}");
    }
    let every = [
        S1, S2, S3, S4, D1A, D1B, D1C, D1D, D2A, D2B, D2C, D2D, D2E, D2F,
    ];
    assert_eq!(in_force(&data, None), set(&every));
}

#[test]
fn the_grid_has_a_row_per_area_and_a_column_per_state_with_a_role() {
    let data = fixture();
    let coord = Coordination::build(&data);
    let all = coord.grid(None);
    assert_eq!(
        (all.rows.len(), all.cols.len(), all.roles.len()),
        (5, 8, 14)
    );
    // On 16 Jun 2016 only Kazakhstan (energy) and India (human dimension) held roles.
    let then = coord.grid(Some(day("2016-06-01")));
    let areas: Vec<&str> = then.rows.iter().map(|&a| coord.areas[a].as_str()).collect();
    assert_eq!(areas, ["Energy security", "Human dimension"]);
    let codes: Vec<&str> = then
        .cols
        .iter()
        .map(|&c| data.participants[coord.states[c]].code.as_str())
        .collect();
    assert_eq!(codes, ["IND", "KAZ"], "sorted by name: India, Казахстан");
    assert_eq!(then.cell(0, 1).len(), 1, "Kazakhstan's energy role");
    assert!(then.cell(0, 0).is_empty(), "India has no energy role");
    // Jordan's food security cell holds two roles in every period, the newer first.
    let jor = all
        .cols
        .iter()
        .position(|&c| data.participants[coord.states[c]].code == "JOR")
        .unwrap();
    let food = all
        .rows
        .iter()
        .position(|&a| coord.areas[a] == "Food security")
        .unwrap();
    let starts: Vec<String> = all
        .cell(food, jor)
        .iter()
        .map(|&i| coord.roles[i].start.unwrap().to_string())
        .collect();
    assert_eq!(starts, ["2021-06-23", "2019-05"]);
}

#[test]
fn brackets_step_from_change_to_change() {
    let coord = Coordination::build(&fixture());
    // The days the roles change, from the periods above.
    let changes = [
        "2015-01-01",
        "2018-03-01",
        "2019-04-10",
        "2019-05-01",
        "2020-07-01",
        "2021-06-23",
        "2021-07-01",
        "2022-01-01",
        "2023-01-01",
    ];
    let mut on = day("2014-06-01");
    for c in changes {
        on = coord.next_change(on).unwrap();
        assert_eq!(on, day(c));
    }
    assert_eq!(coord.next_change(on), None, "nothing changes after 2023");
    for c in changes.iter().rev().skip(1) {
        on = coord.prev_change(on).unwrap();
        assert_eq!(on, day(c));
    }
    assert_eq!(
        coord.prev_change(on),
        Some(day("2014-12-31")),
        "before the first change: the day before it"
    );
    assert_eq!(coord.prev_change(day("2014-12-31")), None);
    assert_eq!(
        coord.prev_change(day("2019-04-20")),
        Some(day("2018-03-01")),
        "from inside a period, back to the start of the one before"
    );
}

#[test]
fn the_list_has_a_heading_per_area_and_a_line_per_role() {
    use cica_dash::view::coord::{ListLine, list_line, list_lines, list_total};
    let coord = Coordination::build(&fixture());
    let grid = coord.grid(None);
    let all = list_lines(&grid, 0, usize::MAX);
    // 14 roles, 5 headings and 4 gaps between the areas.
    assert_eq!(all.len(), 14 + 5 + 4);
    assert_eq!(list_total(&grid), all.len());
    assert_eq!(all[0], ListLine::Area(0));
    let headings: Vec<usize> = (0..all.len())
        .filter(|&i| matches!(all[i], ListLine::Area(_)))
        .collect();
    assert!(
        headings
            .iter()
            .skip(1)
            .all(|&i| all[i - 1] == ListLine::Gap)
    );
    for k in 0..grid.roles.len() {
        assert_eq!(all[list_line(&grid, k)], ListLine::Role(k), "role {k}");
    }
    for first in 0..all.len() {
        assert_eq!(
            list_lines(&grid, first, 4),
            all[first..(first + 4).min(all.len())],
            "from line {first}"
        );
    }
}
