//! The inputs of the loader's properties: near-TOML text made of this format's fragments and
//! things that break it, and well-formed tables whose ids and codes collide and refer to each
//! other.

use proptest::prelude::*;

/// Pieces of TOML, of this format's tables and keys, and of things that break both.
const FRAGMENTS: &[&str] = &[
    "[[event]]",
    "[[participant]]",
    "[[person]]",
    "[[glossary]]",
    "[[chairmanship]]",
    "[[assignment]]",
    "[meeting]",
    "[[meeting]]",
    "[[agenda]]",
    "[[decision]]",
    "[[statement]]",
    "id = ",
    "code = ",
    "title = ",
    "name = ",
    "kind = \"state\"",
    "date = ",
    "end = ",
    "from = ",
    "until = ",
    "due = ",
    "meeting = ",
    "agenda = ",
    "decision = ",
    "participant = ",
    "organizers = [",
    "related = [",
    "sources = [{ ",
    "history = [{ status = \"member\", ",
    "format = 1",
    "format = ",
    "summary = \"\"\"",
    "\"\"\"",
    "'''",
    "\"",
    "'",
    "\\",
    "\\u001b",
    "[",
    "]",
    "{",
    "}",
    ",",
    "=",
    ".",
    "#",
    "\n",
    "\r\n",
    " ",
    "2021-06-23",
    "2021-02-30",
    "2021-13-01",
    "T10:00:00",
    "+06:00",
    "\"2021-06\"",
    "\"2021\"",
    "\"2021-13-40\"",
    "\"KAZ\"",
    "\"kaz\"",
    "\"soc-2021-06-23\"",
    "\"e\"",
    "1.0",
    "0x1",
    "true",
    "\u{feff}",
    "Қазақстан",
    "中国",
    "الأردن",
];

pub fn near_toml() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(FRAGMENTS).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
        1 => "[a-z_]{1,8}",
    ];
    prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

const IDS: &[&str] = &[
    "\"e\"",
    "\"f\"",
    "\"m\"",
    "\"m-decision-1\"",
    "\"E\"",
    "\"a\"",
];
const CODES: &[&str] = &["\"KAZ\"", "\"CHN\"", "\"KZA\"", "\"kaz\""];
const CODE_LISTS: &[&str] = &["[\"KAZ\"]", "[\"KAZ\", \"CHN\"]", "[\"KZA\"]", "[]"];
const ID_LISTS: &[&str] = &["[\"e\"]", "[\"m\", \"f\"]", "[\"m-decision-1\"]", "[]"];
const DATES: &[&str] = &[
    "2021-06-23",
    "2021-06-22",
    "\"2021-06\"",
    "\"2021-05\"",
    "\"2021\"",
    "\"2020\"",
    "\"2021-13\"",
    "2021-06-23T10:00:00",
];
const TEXTS: &[&str] = &[
    "\"T\"",
    "\"Қазақстан 中国\"",
    "\"x\\u001by\\nz\"",
    "\"\"\"a\nb\"\"\"",
];
const SOURCES: &[&str] = &[
    "[{ title = \"t\" }]",
    "[{ url = \"u\", date = \"2021-02-30\" }]",
    "[{ publisher = \"p\" }]",
];

/// A table of this format: its header and, per key, whether it is required and its values.
type Spec = (
    &'static str,
    &'static [(&'static str, bool, &'static [&'static str])],
);

const SPECS: &[Spec] = &[
    (
        "[[participant]]",
        &[
            ("code", true, CODES),
            ("name", true, TEXTS),
            (
                "kind",
                true,
                &["\"state\"", "\"organization\"", "\"organisation\""],
            ),
            ("status", false, &["\"member\"", "\"observer\""]),
            ("since", false, DATES),
            (
                "history",
                false,
                &[
                    "[{ status = \"observer\", from = \"2021\", until = \"2020\" }]",
                    "[{ status = \"member\" }]",
                ],
            ),
        ],
    ),
    (
        "[[person]]",
        &[
            ("name", true, TEXTS),
            ("aliases", false, &["[\"T\"]", "[\"A\", \"B\"]"]),
            ("participant", false, CODES),
        ],
    ),
    (
        "[[glossary]]",
        &[("term", true, TEXTS), ("meaning", true, TEXTS)],
    ),
    (
        "[[chairmanship]]",
        &[
            ("participant", true, CODES),
            ("from", true, DATES),
            ("until", false, DATES),
            ("decision", false, IDS),
            ("sources", false, SOURCES),
        ],
    ),
    (
        "[[assignment]]",
        &[
            ("participant", true, CODES),
            ("role", true, TEXTS),
            ("area", true, TEXTS),
            ("from", false, DATES),
            ("until", false, DATES),
            ("decision", false, IDS),
        ],
    ),
    (
        "[meeting]",
        &[
            ("id", true, IDS),
            ("title", true, TEXTS),
            ("body", true, TEXTS),
            ("date", true, DATES),
            ("end", false, DATES),
            ("related", false, ID_LISTS),
            ("chairmanship", false, CODES),
            ("sources", false, SOURCES),
        ],
    ),
    ("[[agenda]]", &[("id", true, IDS), ("title", true, TEXTS)]),
    (
        "[[decision]]",
        &[
            ("id", false, IDS),
            ("agenda", false, IDS),
            ("action", true, TEXTS),
            ("subject", true, TEXTS),
            ("participants", false, CODE_LISTS),
            (
                "due",
                false,
                &["\"2021-13-40\"", "\"soon\"", "2021-06-30", "\"2021\""],
            ),
            (
                "assignments",
                false,
                &[
                    "[{ participant = \"KAZ\", role = \"r\", area = \"a\", from = 2021-06-23, until = \"2021-05\" }]",
                ],
            ),
        ],
    ),
    (
        "[[statement]]",
        &[
            ("speaker", false, TEXTS),
            ("participant", false, CODES),
            ("agenda", false, IDS),
            ("summary", false, TEXTS),
            ("quote", false, TEXTS),
        ],
    ),
    (
        "[[event]]",
        &[
            ("id", true, IDS),
            ("title", true, TEXTS),
            ("date", false, DATES),
            ("end", false, DATES),
            ("organizers", false, CODE_LISTS),
            ("meeting", false, IDS),
            ("status", false, &["\"held\"", "\"planed\""]),
        ],
    ),
];

/// One table of this format with its required keys and some of its optional ones.
fn table() -> impl Strategy<Value = String> {
    prop::sample::select(SPECS).prop_flat_map(|(header, keys)| {
        let lines: Vec<BoxedStrategy<Option<String>>> = keys
            .iter()
            .map(|&(key, required, values)| {
                let line = prop::sample::select(values).prop_map(move |v| format!("{key} = {v}\n"));
                if required {
                    line.prop_map(Some).boxed()
                } else {
                    prop::option::of(line).boxed()
                }
            })
            .collect();
        lines.prop_map(move |lines| {
            format!(
                "{header}\n{}",
                lines.into_iter().flatten().collect::<String>()
            )
        })
    })
}

/// Well-formed TOML of this format's tables with values from small pools, so that ids and
/// codes collide and refer to each other: it gets past the parser and exercises validation
/// (references, duplicates, ranges, placement).
pub fn toml_tables() -> impl Strategy<Value = String> {
    prop::collection::vec(table(), 0..8).prop_map(|t| t.concat())
}
