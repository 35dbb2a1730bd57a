//! Validation of the tables that describe who takes part: participants, persons, glossary
//! terms, chairmanships and standing assignments.

use std::collections::HashMap;
use std::ops::Range;

use super::ctx::{Ctx, IdKind, one, optm};
use super::diag::Code;
use super::parse::RawFile;
use crate::dataset::{Assignment, Chairmanship, History, Participant, Person, Term};
use crate::model::{RawAssignment, RawChairmanship};

/// Validates every `[[participant]]` and fills `ctx.codes`.
pub fn participants(ctx: &mut Ctx, files: &[&RawFile]) -> Vec<Participant> {
    let mut out = Vec::new();
    let mut first: HashMap<String, (usize, Range<usize>)> = HashMap::new();
    for (fi, f) in files.iter().enumerate() {
        ctx.file = fi;
        for p in &f.participants {
            let r = p.get_ref();
            let code = r.code.get_ref();
            if !ctx.check_code(&r.code) {
                continue;
            }
            if let Some((ff, span)) = first.get(code) {
                let at = ctx.location(*ff, span);
                ctx.error(
                    r.code.span(),
                    Code::Duplicate,
                    format!("duplicate participant code `{code}`"),
                )
                .help = Some(format!("`{code}` is already defined at {at}"));
                continue;
            }
            first.insert(code.clone(), (fi, r.code.span()));
            let since = ctx.opt_date(&r.since);
            let history = r
                .history
                .iter()
                .map(|h| {
                    let from = ctx.opt_date(&h.from);
                    History {
                        status: h.status,
                        from,
                        until: ctx.end_date(from, &h.until, "until"),
                    }
                })
                .collect();
            ctx.codes.to_mut().insert(code.clone(), out.len());
            out.push(Participant {
                code: code.clone(),
                name: one(r.name.get_ref()),
                kind: r.kind,
                status: r.status,
                since,
                aliases: r.aliases.iter().map(|a| one(a.get_ref())).collect(),
                history,
                notes: optm(&r.notes),
            });
        }
    }
    out
}

/// Validates every `[[person]]`: names and aliases name one person only.
pub fn persons(ctx: &mut Ctx, files: &[&RawFile]) -> Vec<Person> {
    let mut out = Vec::new();
    // Spelling → (person index, file, span) of its first use.
    let mut spellings: HashMap<String, (usize, usize, Range<usize>)> = HashMap::new();
    for (fi, f) in files.iter().enumerate() {
        ctx.file = fi;
        for p in &f.persons {
            let r = p.get_ref();
            for s in std::iter::once(&r.name).chain(&r.aliases) {
                let key = s.get_ref().clone();
                match spellings.get(&key) {
                    // The same person spelt the same way twice names no second person.
                    Some((person, _, _)) if *person == out.len() => {}
                    Some((_, ff, span)) => {
                        let at = ctx.location(*ff, span);
                        ctx.error(
                            s.span(),
                            Code::Duplicate,
                            format!("`{key}` already names a person"),
                        )
                        .help = Some(format!(
                            "first used at {at}; a spelling may name one person only"
                        ));
                    }
                    None => {
                        spellings.insert(key, (out.len(), fi, s.span()));
                    }
                }
            }
            out.push(Person {
                name: one(r.name.get_ref()),
                aliases: r.aliases.iter().map(|a| one(a.get_ref())).collect(),
                participant: r.participant.as_ref().and_then(|c| ctx.participant(c)),
            });
        }
    }
    out
}

/// Validates every `[[glossary]]`: terms are unique.
pub fn glossary(ctx: &mut Ctx, files: &[&RawFile]) -> Vec<Term> {
    let mut out = Vec::new();
    let mut seen: HashMap<String, (usize, Range<usize>)> = HashMap::new();
    for (fi, f) in files.iter().enumerate() {
        ctx.file = fi;
        for g in &f.glossary {
            let r = g.get_ref();
            let term = r.term.get_ref();
            if let Some((ff, span)) = seen.get(term) {
                let at = ctx.location(*ff, span);
                ctx.error(
                    r.term.span(),
                    Code::Duplicate,
                    format!("duplicate glossary term `{term}`"),
                )
                .help = Some(format!("first defined at {at}"));
                continue;
            }
            seen.insert(term.clone(), (fi, r.term.span()));
            out.push(Term {
                term: one(term),
                meaning: one(&r.meaning),
                aliases: r.aliases.iter().map(|a| one(a.get_ref())).collect(),
            });
        }
    }
    out
}

/// Validates every `[[chairmanship]]` (after ids are registered, for `decision`).
pub fn chairmanships(ctx: &mut Ctx, files: &[&RawFile]) -> Vec<Chairmanship> {
    let mut out = Vec::new();
    for (fi, f) in files.iter().enumerate() {
        ctx.file = fi;
        for c in &f.chairmanships {
            let r: &RawChairmanship = c.get_ref();
            let participant = ctx.participant(&r.participant);
            let from = ctx.date(&r.from);
            let until = ctx.end_date(from, &r.until, "until");
            let decision = decision_ref(ctx, &r.decision);
            let sources = ctx.sources(&r.sources);
            if let (Some(participant), Some(from)) = (participant, from) {
                out.push(Chairmanship {
                    participant,
                    from,
                    until,
                    decision,
                    notes: optm(&r.notes),
                    sources,
                });
            }
        }
    }
    out
}

/// Validates every top-level `[[assignment]]`.
pub fn assignments(ctx: &mut Ctx, files: &[&RawFile]) -> Vec<Assignment> {
    let mut out = Vec::new();
    for (fi, f) in files.iter().enumerate() {
        ctx.file = fi;
        for a in &f.assignments {
            let r: &RawAssignment = a.get_ref();
            let participant = ctx.participant(&r.participant);
            let from = ctx.opt_date(&r.from);
            let until = ctx.end_date(from, &r.until, "until");
            let decision = decision_ref(ctx, &r.decision);
            let sources = ctx.sources(&r.sources);
            if let Some(participant) = participant {
                out.push(Assignment {
                    participant,
                    role: one(&r.role),
                    area: one(&r.area),
                    from,
                    until,
                    decision,
                    notes: optm(&r.notes),
                    sources,
                });
            }
        }
    }
    out
}

fn decision_ref(ctx: &mut Ctx, id: &Option<crate::model::SStr>) -> Option<String> {
    let id = id.as_ref()?;
    ctx.id_ref(id, &[IdKind::Decision], "decision")
        .then(|| id.get_ref().clone())
}
