//! The tables of meetings and what belongs to them: agenda items, decisions, the roles
//! decisions give, statements. Each row of an item starts with its meeting's id and date.

use chrono::NaiveDate;

use super::{Cells, Table, agenda_id, date, of, sources, text};
use crate::dataset::{Dataset, Due, effective_status};
use crate::dump::{Selection, word};

/// The `meetings` table.
pub fn meetings<'a>(data: &'a Dataset, sel: &'a Selection, today: NaiveDate) -> Table<'a> {
    let c = Cells(data);
    let meetings = || {
        sel.meetings
            .iter()
            .filter_map(move |&i| data.meetings.get(i))
    };
    (
        "id,title,body,date,end,place,format,status,planned,planned_place,chairmanship,chair,chair_title,related,agenda_items,decisions,statements,summary,notes,sources",
        Box::new(meetings().map(move |m| {
            vec![
                m.id.clone(),
                m.title.clone(),
                m.body.clone(),
                m.date.to_string(),
                date(m.end.as_ref()),
                text(m.place.as_ref()),
                m.format.map(word).unwrap_or_default(),
                effective_status(m.status, Some(&m.date), m.end.as_ref(), today)
                    .map(word)
                    .unwrap_or_default(),
                date(m.planned.as_ref()),
                text(m.planned_place.as_ref()),
                m.chairmanship.map(move |p| c.code(p)).unwrap_or_default(),
                text(m.chair.as_ref()),
                text(m.chair_title.as_ref()),
                m.related.join("; "),
                m.agenda.len().to_string(),
                m.decisions.len().to_string(),
                m.statements.len().to_string(),
                text(m.summary.as_ref()),
                text(m.notes.as_ref()),
                sources(&m.sources),
            ]
        })),
    )
}

/// The `agenda` table.
pub fn agenda<'a>(data: &'a Dataset, sel: &'a Selection) -> Table<'a> {
    let meetings = || {
        sel.meetings
            .iter()
            .filter_map(move |&i| data.meetings.get(i))
    };
    (
        "meeting,meeting_date,number,id,title,kind,summary",
        Box::new(meetings().flat_map(move |m| {
            m.agenda.iter().enumerate().map(move |(i, a)| {
                let mut row = of(m);
                row.extend([
                    (i + 1).to_string(),
                    a.id.clone(),
                    a.title.clone(),
                    text(a.kind.as_ref()),
                    text(a.summary.as_ref()),
                ]);
                row
            })
        })),
    )
}

/// The `decisions` table.
pub fn decisions<'a>(data: &'a Dataset, sel: &'a Selection) -> Table<'a> {
    let c = Cells(data);
    let meetings = || {
        sel.meetings
            .iter()
            .filter_map(move |&i| data.meetings.get(i))
    };
    (
        "meeting,meeting_date,id,agenda,action,subject,text,participants,assignee,due,forwarded_to,assignments,notes,sources",
        Box::new(meetings().flat_map(move |m| {
            m.decisions.iter().map(move |d| {
                let mut row = of(m);
                row.extend([
                    d.id.clone(),
                    agenda_id(m, d.agenda),
                    d.action.clone(),
                    d.subject.clone(),
                    text(d.text.as_ref()),
                    c.codes(&d.participants),
                    text(d.assignee.as_ref()),
                    match &d.due {
                        Some(Due::Date(d)) => d.to_string(),
                        Some(Due::Words(w)) => w.clone(),
                        None => String::new(),
                    },
                    text(d.forwarded_to.as_ref()),
                    d.assignments.len().to_string(),
                    text(d.notes.as_ref()),
                    sources(&d.sources),
                ]);
                row
            })
        })),
    )
}

/// The `assignments` table.
pub fn assignments<'a>(data: &'a Dataset, sel: &'a Selection) -> Table<'a> {
    let c = Cells(data);
    let meetings = || {
        sel.meetings
            .iter()
            .filter_map(move |&i| data.meetings.get(i))
    };
    (
        "given_by,decision,meeting,meeting_date,participant,participant_name,role,area,from,until,notes",
        Box::new(
            meetings()
                .flat_map(move |m| {
                    m.decisions.iter().flat_map(move |d| {
                        d.assignments.iter().map(move |a| {
                            let mut row = vec!["decision".to_owned(), d.id.clone()];
                            row.extend(of(m));
                            row.extend(c.role(a.participant, &a.role, &a.area));
                            row.extend([
                                date(a.from.as_ref()),
                                date(a.until.as_ref()),
                                String::new(),
                            ]);
                            row
                        })
                    })
                })
                .chain(data.assignments.iter().map(move |a| {
                    let mut row = vec!["standing".to_owned(), text(a.decision.as_ref())];
                    row.extend([String::new(), String::new()]);
                    row.extend(c.role(a.participant, &a.role, &a.area));
                    row.extend([
                        date(a.from.as_ref()),
                        date(a.until.as_ref()),
                        text(a.notes.as_ref()),
                    ]);
                    row
                })),
        ),
    )
}

/// The `statements` table.
pub fn statements<'a>(data: &'a Dataset, sel: &'a Selection) -> Table<'a> {
    let c = Cells(data);
    let meetings = || {
        sel.meetings
            .iter()
            .filter_map(move |&i| data.meetings.get(i))
    };
    (
        "meeting,meeting_date,number,speaker,collective,title,participant,participant_name,agenda,delivery,read_by,summary,quote,notes,sources",
        Box::new(meetings().flat_map(move |m| {
            m.statements.iter().enumerate().map(move |(i, s)| {
                let mut row = of(m);
                row.extend([
                    (i + 1).to_string(),
                    text(s.speaker.as_ref()),
                    s.collective.to_string(),
                    text(s.title.as_ref()),
                    s.participant.map(move |p| c.code(p)).unwrap_or_default(),
                    s.participant.map(move |p| c.name(p)).unwrap_or_default(),
                    agenda_id(m, s.agenda),
                    s.delivery.map(word).unwrap_or_default(),
                    text(s.read_by.as_ref()),
                    text(s.summary.as_ref()),
                    text(s.quote.as_ref()),
                    text(s.notes.as_ref()),
                    sources(&s.sources),
                ]);
                row
            })
        })),
    )
}
