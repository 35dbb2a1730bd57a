//! Each kind of slide at 80×24 and 200×60: title, agenda, decisions, statements, coordination,
//! events, closing, multilingual text and every key of the all-keys fixture.

use super::*;

#[test]
fn title_slide() {
    let data = bundled();
    for (w, h) in SIZES {
        let text = slide(&data, 0, w, h);
        assert!(text.contains("Senior Officials Committee"));
        assert!(text.contains("Wednesday 23 June 2021"));
        assert!(text.contains("Chair: Shakhrat Nuryshev"));
        assert!(text.contains("First Deputy Minister of Foreign Affairs of Kazakhstan"));
        assert!(!text.contains("PLANNED"), "held in 2021");
        // The title is in big letters, so not as a line of text.
        assert!(text.contains('▟') && !text.contains("Kazakh chairmanship"));
        assert!(
            text.lines().next().unwrap().is_empty(),
            "a blank row at the top"
        );
        snap(format!("title_{w}x{h}"), text);
    }
}

#[test]
fn tiny_slides_draw_what_fits() {
    let data = bundled();
    let title = slide(&data, 0, 20, 5);
    assert!(title.contains("Senior Officials"), "{title}");
    snap("title_20x5", title);
    let decision = slide(&data, 2, 30, 8);
    assert!(decision.contains("Decision 1 of 6"), "{decision}");
    snap("decision_30x8", decision);
}

#[test]
fn agenda_slide() {
    let data = bundled();
    for (w, h) in SIZES {
        let text = slide(&data, 1, w, h);
        assert!(text.contains("1. Opening remarks by the Chair of the SOC · procedural"));
        assert!(text.contains("7. Tasks of the Special Working Group · decision"));
        assert!(!text.contains("more"), "all seven fit");
        snap(format!("agenda_{w}x{h}"), text);
    }
    let text = slide(&data, 1, 60, 12);
    assert!(text.contains("1. Opening remarks"));
    assert!(text.contains("4. List of coordinating"));
    assert!(text.contains("… 3 more"), "{text}");
    snap("agenda_60x12", text);
}

#[test]
fn decision_slides() {
    let data = bundled();
    let first = find(&data, |s| s == Slide::Decision(0));
    for (w, h) in SIZES {
        let text = slide(&data, first, w, h);
        assert!(text.contains("Decision 1 of 6 · agenda item 2"));
        assert!(text.contains("The SOC approved granting of the CICA Observer Status"));
        assert!(text.contains("Concerns: Turkmenistan"));
        snap(format!("decision_turkmenistan_{w}x{h}"), text);
    }
    // At 80×24 the verb and subject do not fit in big letters: bold, on one line.
    assert!(slide(&data, first, 80, 24).contains("approved CICA Observer Status for Turkmenistan"));
    // The list of co-coordinators: the text gives way to the assignments.
    let list = find(&data, |s| s == Slide::Decision(2));
    for (w, h) in SIZES {
        let text = slide(&data, list, w, h);
        assert!(text.contains("Concerns: China, Jordan, Bangladesh"));
        assert!(text.contains("Assignments"));
        assert!(text.contains("• China, co-coordinator — Epidemiological safety"));
        snap(format!("decision_coordinators_{w}x{h}"), text);
    }
    let small = slide(&data, list, 80, 24);
    assert!(small.contains("… 2 more"), "{small}");
    assert!(
        small.contains("dimension…") || small.contains("…\n"),
        "the text is visibly cut"
    );
    let big = slide(&data, list, 200, 60);
    assert!(big.contains("• China, co-coordinator — Human dimension"));
    assert!(
        big.contains("China in the human dimension."),
        "the whole text"
    );
    // A task: assignee and due.
    let task = slide(&data, find(&data, |s| s == Slide::Decision(4)), 80, 24);
    assert!(task.contains("Assigned to: Special Working Group"));
    assert!(task.contains("Due: before the next SOC meeting"));
    let fwd = slide(&data, find(&data, |s| s == Slide::Decision(1)), 80, 24);
    assert!(fwd.contains("Forwarded to: Ministers of Foreign Affairs of the CICA Member States"));
}

#[test]
fn statement_slides() {
    let data = bundled();
    let voronkov = find(&data, |s| s == Slide::Statement(10));
    for (w, h) in SIZES {
        let text = slide(&data, voronkov, w, h);
        assert!(text.contains("Statement 11 of 11"));
        assert!(text.contains("United Nations  [video]"));
        assert!(text.contains("Elaborated on issues of global terrorism"));
        snap(format!("statement_video_{w}x{h}"), text);
    }
    assert!(slide(&data, voronkov, 80, 24).contains("Vladimir Voronkov"));
    let stepkina = find(&data, |s| s == Slide::Statement(7));
    for (w, h) in SIZES {
        let text = slide(&data, stepkina, w, h);
        assert!(text.contains("“When Member States seat at common table"));
        assert!(squeezed(&text).contains("mutualbeneficialcooperation”"));
        assert!(text.contains("Russia"));
        assert!(!text.contains("[video]"));
        snap(format!("statement_quote_{w}x{h}"), text);
    }
}

#[test]
fn coordination_slide() {
    let data = bundled();
    let i = find(&data, |s| s == Slide::Coordination);
    for (w, h) in SIZES {
        let text = slide(&data, i, w, h);
        let header = text.lines().find(|l| l.contains("Participant")).unwrap();
        assert!(header.contains("Area") && header.contains("Role") && header.contains("State"));
        let row = text.lines().find(|l| l.contains("Bangladesh")).unwrap();
        assert!(row.contains("Natural disaster management"), "{row}");
        assert!(
            row.contains("co-coordinator") && row.contains("adopted"),
            "{row}"
        );
        assert!(text.contains("Human dimension"));
        snap(format!("coordination_{w}x{h}"), text);
    }
    // Too narrow for four columns: a list.
    let text = slide(&data, i, 40, 30);
    assert!(
        squeezed(&text).contains("•Naturaldisastermanagement—Bangladesh,co-coordinator(adopted)"),
        "{text}"
    );
}

#[test]
fn events_slide() {
    let data = bundled();
    let i = find(&data, |s| s == Slide::Events);
    for (w, h) in SIZES {
        let text = slide(&data, i, w, h);
        let dated = text
            .find("Wed 26 May 2021  Meeting with the Founder")
            .unwrap();
        let undated = text.find("• 8th CICA Think Tank Forum — China").unwrap();
        assert!(dated < undated, "dated events first");
        assert!(
            text.contains("• CICA Youth Council — Kazakhstan"),
            "the last fits"
        );
        snap(format!("events_{w}x{h}"), text);
    }
    let text = slide(&data, i, 80, 14);
    assert!(text.contains("more"), "{text}");
}

#[test]
fn closing_slide() {
    let data = bundled();
    let i = find(&data, |s| s == Slide::Closing);
    for (w, h) in SIZES {
        let text = slide(&data, i, w, h);
        assert!(text.contains("Senior Officials Committee · Wednesday 23 June 2021"));
        assert!(text.contains("Source"));
        assert!(squeezed(&text).contains("reachedsignificantachievementsonJune23,2021"));
        snap(format!("closing_{w}x{h}"), text);
    }
}

#[test]
fn multilingual_slides_fall_back_and_show_everything() {
    let data = multilingual();
    let m = &data.meetings[0];
    let deck = Deck::build(&data, 0);
    for (w, h) in SIZES {
        let text = slide(&data, 0, w, h);
        assert!(
            squeezed(&text).contains(&squeezed(&m.title)),
            "the whole title at {w}x{h}:\n{text}"
        );
        assert!(text.contains("PLANNED"), "2030 is after the tests' today");
        assert!(text.contains("Sunday 23 June 2030") && text.contains("Астана"));
        assert!(text.contains("Chair: Шахрат Нурышев"));
        snap(format!("multilingual_title_{w}x{h}"), text);
    }
    for i in 1..deck.len() {
        let text = slide(&data, i, 80, 24);
        snap(format!("multilingual_{i}_80x24"), text);
    }
    let decision = slide(&data, 2, 80, 24);
    assert!(decision.contains("approved 关于土库曼斯坦获得亚信观察员地位的决定"));
    assert!(decision.contains("Concerns: 中华人民共和国, الأردن"));
    assert!(
        squeezed(&decision).contains("(fromSun23Jun2030)"),
        "{decision}"
    );
    let read_out = slide(&data, 4, 80, 24);
    assert!(read_out.contains("ایران  [read out] by Шахрат Нурышев"));
    // Even a narrow screen shows the whole non-Latin title.
    let narrow = slide(&data, 0, 24, 30);
    assert!(squeezed(&narrow).contains(&squeezed(&m.title)), "{narrow}");
}

#[test]
fn every_field_of_the_all_keys_fixture() {
    let data = fixture("all-keys");
    // Meeting 0 is the cancelled March meeting; meeting 1 has every key.
    assert!(slide_of(&data, 0, 0, 80, 24).contains("CANCELLED"));
    let title = slide_of(&data, 1, 0, 80, 24);
    assert!(title.contains("Wednesday 23 June 2021 – Thursday 24 June 2021"));
    assert!(title.contains("Nur-Sultan"));
    let decision = slide_of(&data, 1, 2, 80, 24);
    assert!(decision.contains("Assigned to: Special Working Group"));
    assert!(decision.contains("Forwarded to: Ministerial Council"));
    assert!(
        squeezed(&decision)
            .contains("•Kazakhstan,co-coordinator—Humandimension(fromWed23Jun2021until2022)"),
        "{decision}"
    );
    let statement = slide_of(&data, 1, 3, 80, 24);
    assert!(statement.contains("[read out] by A diplomat"));
    assert!(statement.contains("“Welcome.”"));
    let coordination = slide_of(&data, 1, 4, 80, 24);
    let row = coordination
        .lines()
        .find(|l| l.contains("Human dimension"))
        .unwrap();
    assert!(row.contains("co-coordinator  Kazakhstan"), "{row}");
    assert!(row.ends_with("from Wed 23 Jun 2021 until"), "{row}");
    assert!(
        squeezed(&coordination).contains("until2022"),
        "the period wraps within its column"
    );
    let events = slide_of(&data, 1, 5, 80, 24);
    assert!(events.contains("Oct 2021 – Nov 2021  Eighth Think Tank Forum — Kazakhstan"));
    assert!(
        squeezed(&events).contains("UnitedNations·Beijing"),
        "{events}"
    );
    let closing = slide_of(&data, 1, 6, 80, 24);
    assert!(closing.contains("• Press release — CICA Secretariat · Wednesday 23 June 2021 ·"));
    assert!(closing.contains("https://www.s-cica.org/"));
}
