//! Who exists in the corpus: 60 participants, the persons, the speakers who are no person,
//! chairmanships and standing assignments, written out as `participants.toml`.

use std::fmt::Write as _;

use super::names::Name;
use super::words::AREAS;
use super::{Rng, kv, quote};

/// `code|name|kind|status|since|aliases` (aliases separated by `;`), kind `s` or `o`.
const PARTICIPANTS: &str = "
KAZ|Kazakhstan|s|member|1992|Republic of Kazakhstan
AFG|Afghanistan|s|member|1999|
AZE|Azerbaijan|s|member|1999|Republic of Azerbaijan
BHR|Bahrain|s|member|2014|Kingdom of Bahrain
BGD|Bangladesh|s|member|2014|People's Republic of Bangladesh
KHM|Cambodia|s|member|2011|Kingdom of Cambodia
CHN|China|s|member|1999|People's Republic of China;中国
EGY|Egypt|s|member|1999|Arab Republic of Egypt;مصر
IND|India|s|member|1999|Republic of India
IRN|Iran|s|member|1999|Islamic Republic of Iran;ایران
IRQ|Iraq|s|member|2008|Republic of Iraq;العراق
ISR|Israel|s|member|1999|State of Israel
JOR|Jordan|s|member|2008|Hashemite Kingdom of Jordan;الأردن
KGZ|Kyrgyzstan|s|member|1999|Kyrgyz Republic;Кыргызстан
MNG|Mongolia|s|member|1999|Монгол Улс
PAK|Pakistan|s|member|1999|Islamic Republic of Pakistan
PSE|Palestine|s|member|1999|State of Palestine;فلسطين
QAT|Qatar|s|member|2014|State of Qatar;قطر
KOR|Republic of Korea|s|member|2006|South Korea
RUS|Russia|s|member|1999|Russian Federation;Россия
LKA|Sri Lanka|s|member|2018|Democratic Socialist Republic of Sri Lanka
TJK|Tajikistan|s|member|1999|Republic of Tajikistan;Таджикистан
THA|Thailand|s|member|2004|Kingdom of Thailand
TUR|Turkey|s|member|1999|Türkiye;Republic of Turkey
ARE|United Arab Emirates|s|member|2008|UAE;الإمارات
UZB|Uzbekistan|s|member|1999|Republic of Uzbekistan;Узбекистан
VNM|Viet Nam|s|member|2010|Vietnam
KWT|Kuwait|s|member|2023|State of Kuwait;الكويت
TKM|Turkmenistan|s|member|2023|Туркменистан
BLR|Belarus|s|observer|2015|Republic of Belarus;Беларусь
IDN|Indonesia|s|observer|2002|Republic of Indonesia
JPN|Japan|s|observer|2002|
LAO|Lao People's Democratic Republic|s|observer|2016|Laos
MYS|Malaysia|s|observer|2002|
PHL|Philippines|s|observer|2015|Republic of the Philippines
UKR|Ukraine|s|observer|2002|Україна
USA|United States of America|s|observer|2002|United States
NPL|Nepal|s|observer|2019|
MMR|Myanmar|s|observer|2017|
OMN|Oman|s|observer|2019|Sultanate of Oman;عُمان
SAU|Saudi Arabia|s|observer|2020|Kingdom of Saudi Arabia
ARM|Armenia|s|observer|2021|
GEO|Georgia|s|observer|2022|
MDV|Maldives|s|observer|2024|
UN|United Nations|o|other|2002|Организация Объединённых Наций;联合国
OSCE|Organization for Security and Co-operation in Europe|o|observer|2002|
LAS|League of Arab States|o|observer|2002|جامعة الدول العربية
TURKPA|Parliamentary Assembly of Turkic States|o|observer|2014|
IOM|International Organization for Migration|o|observer|2008|
EAEU|Eurasian Economic Union|o|partner|2017|
SCO|Shanghai Cooperation Organisation|o|partner|2008|上海合作组织
CSTO|Collective Security Treaty Organization|o|partner|2011|
CIS|Commonwealth of Independent States|o|partner|2011|Содружество Независимых Государств
ASEAN|Association of Southeast Asian Nations|o|partner|2016|
ECO|Economic Cooperation Organization|o|partner|2017|
OIC|Organisation of Islamic Cooperation|o|partner|2019|
UNODC|United Nations Office on Drugs and Crime|o|partner|2016|
CAREC|Central Asia Regional Economic Cooperation|o|partner|2020|
SECR|CICA Secretariat|o|secretariat|2006|Secretariat of CICA
CICABC|CICA Business Council|o|other|2021|
";

/// `(code, adjective, from, until)`: who chaired CICA when; the last one lasts.
pub const CHAIRS: &[(&str, &str, &str, &str)] = &[
    ("KAZ", "Kazakh", "1992-10-05", "2010-06-08"),
    ("TUR", "Turkish", "2010-06-08", "2014-05-21"),
    ("CHN", "Chinese", "2014-05-21", "2018-09-28"),
    ("TJK", "Tajik", "2018-09-28", "2020-09-30"),
    ("KAZ", "Kazakh", "2020-09-30", "2022-10-13"),
    ("AZE", "Azerbaijani", "2022-10-13", "2026-10"),
    ("UZB", "Uzbek", "2026-10", ""),
];

pub struct Participant {
    pub code: &'static str,
    pub name: &'static str,
    pub state: bool,
    status: &'static str,
    since: &'static str,
    aliases: Vec<&'static str>,
}

/// Everything a meeting file may name.
pub struct World {
    pub participants: Vec<Participant>,
    pub persons: Vec<Name>,
    pub speakers: Vec<Name>,
    /// Decision ids that standing assignments may cite.
    decisions: Vec<String>,
}

impl World {
    /// Persons are the first few hundred names of the pool, speakers the next few thousand.
    pub fn new(pool: &[Name], decisions: Vec<String>) -> Self {
        let participants = PARTICIPANTS
            .lines()
            .filter(|l| !l.is_empty())
            .map(|l| {
                let f: Vec<&str> = l.split('|').collect();
                Participant {
                    code: f[0],
                    name: f[1],
                    state: f[2] == "s",
                    status: f[3],
                    since: f[4],
                    aliases: f[5].split(';').filter(|a| !a.is_empty()).collect(),
                }
            })
            .collect();
        let persons = pool.len().min(320);
        Self {
            participants,
            persons: pool[..persons].to_vec(),
            speakers: pool[persons..pool.len().min(persons + 3200)].to_vec(),
            decisions,
        }
    }

    pub fn name_of(&self, code: &str) -> &'static str {
        self.participants
            .iter()
            .find(|p| p.code == code)
            .map_or("the Member State", |p| p.name)
    }

    pub fn state(&self, rng: &mut Rng) -> &Participant {
        loop {
            let p = rng.pick(&self.participants);
            if p.state {
                return p;
            }
        }
    }

    /// `participants.toml`.
    pub fn participants_file(&self, rng: &mut Rng) -> String {
        let mut out =
            String::from("# Generated by examples/gen_corpus: invented data.\nformat = 1\n");
        for p in &self.participants {
            out.push_str("\n[[participant]]\n");
            kv(&mut out, "code", &quote(p.code));
            kv(&mut out, "name", &quote(p.name));
            kv(
                &mut out,
                "kind",
                &quote(if p.state { "state" } else { "organization" }),
            );
            kv(&mut out, "status", &quote(p.status));
            kv(&mut out, "since", &quote(p.since));
            if !p.aliases.is_empty() {
                let a: Vec<String> = p.aliases.iter().map(|a| quote(a)).collect();
                kv(&mut out, "aliases", &format!("[{}]", a.join(", ")));
            }
            if p.status == "member" && rng.chance(30) {
                let from = p.since.parse::<u32>().unwrap_or(2000) - 1 - rng.below(3) as u32;
                let _ = writeln!(
                    out,
                    "history = [{{ status = \"observer\", from = \"{from}\", until = \"{}\" }}]",
                    p.since
                );
            }
        }
        for p in &self.persons {
            out.push_str("\n[[person]]\n");
            kv(&mut out, "name", &quote(&p.latin));
            if let Some(native) = &p.native {
                kv(&mut out, "aliases", &format!("[{}]", quote(native)));
            }
            kv(&mut out, "participant", &quote(p.code));
        }
        out.push_str(GLOSSARY);
        for &(code, _, from, until) in CHAIRS {
            out.push_str("\n[[chairmanship]]\n");
            kv(&mut out, "participant", &quote(code));
            kv(&mut out, "from", &quote(from));
            if !until.is_empty() {
                kv(&mut out, "until", &quote(until));
            }
        }
        for i in 0..40 {
            out.push_str("\n[[assignment]]\n");
            kv(&mut out, "participant", &quote(self.state(rng).code));
            let role = if i % 3 == 0 {
                "coordinator"
            } else {
                "co-coordinator"
            };
            kv(&mut out, "role", &quote(role));
            kv(&mut out, "area", &quote(AREAS[i % AREAS.len()]));
            let from = 2000 + rng.below(24);
            kv(&mut out, "from", &quote(&from.to_string()));
            if rng.chance(40) {
                kv(
                    &mut out,
                    "until",
                    &quote(&(from + 1 + rng.below(4)).to_string()),
                );
            }
            if !self.decisions.is_empty() && rng.chance(50) {
                kv(&mut out, "decision", &quote(&rng.pick(&self.decisions)[..]));
            }
        }
        out
    }
}

const GLOSSARY: &str = r#"
[[glossary]]
term = "CICA"
meaning = "Conference on Interaction and Confidence Building Measures in Asia"
aliases = ["СВМДА", "亚信", "مؤتمر التفاعل وتدابير بناء الثقة في آسيا"]

[[glossary]]
term = "SOC"
meaning = "Senior Officials Committee"
aliases = ["CSO", "Committee of Senior Officials"]

[[glossary]]
term = "SWG"
meaning = "Special Working Group"

[[glossary]]
term = "CBM"
meaning = "Confidence Building Measures"
aliases = ["CBMs"]

[[glossary]]
term = "MFA"
meaning = "Ministry of Foreign Affairs"

[[glossary]]
term = "TTF"
meaning = "CICA Think Tank Forum"
"#;
