//! The words of the corpus: priority areas, topics, places, and sentences in English, Russian,
//! Chinese and Arabic from which paragraphs of a chosen length are built.
//!
//! English sentences have slots (`{c}` a participant's name, `{a}` a priority area, `{t}` a
//! topic) so that paragraphs vary; the other languages are fixed sentences. Every word is in
//! one script, so the `mixed-script` lint has nothing to say.

use super::Rng;

pub const AREAS: &[&str] = &[
    "Epidemiological safety, public health and pharmaceuticals",
    "Development of secure and effective systems of transportation corridors",
    "Natural disaster management",
    "Energy security",
    "Food security",
    "Environmental protection",
    "Information and communication technologies",
    "Countering terrorism and violent extremism",
    "Combating illicit drug trafficking",
    "Human dimension",
    "Development of small and medium enterprises",
    "Cooperation in the financial sphere",
    "Tourism",
    "Agriculture",
];

pub const TOPICS: &[&str] = &[
    "confidence building in Asia",
    "the institutional transformation of CICA",
    "economic recovery after the pandemic",
    "regional connectivity",
    "water resources management",
    "cyber security",
    "youth and volunteerism",
    "sustainable development",
    "the rule of law",
    "disaster risk reduction",
    "digital trade",
    "border management",
];

pub const PLACES: &[&str] = &[
    "Almaty",
    "Astana",
    "Istanbul",
    "Ankara",
    "Beijing",
    "Shanghai",
    "Dushanbe",
    "Baku",
    "Tashkent",
    "Bangkok",
    "New Delhi",
    "Tehran",
    "Doha",
    "Abu Dhabi",
    "Ulaanbaatar",
    "Hanoi",
    "Seoul",
    "Amman",
    "Phnom Penh",
    "Bishkek",
    "Dhaka",
    "Colombo",
    "Islamabad",
    "Moscow",
];

pub const EVENT_KINDS: &[(&str, &str)] = &[
    ("forum", "Forum"),
    ("workshop", "Workshop"),
    ("seminar", "Seminar"),
    ("training", "Training Course"),
    ("conference", "Conference"),
    ("meeting", "Expert Meeting"),
];

const EN: &[&str] = &[
    "Underlined the importance of {t} and called on Member States to intensify cooperation in the priority area «{a}».",
    "Informed the meeting about the measures taken by {c} as coordinator of {a} since the previous session.",
    "Stressed that CICA is a dynamic and diverse platform in Asia with many dimensions of cooperation.",
    "Noted with satisfaction the growing number of events held within CICA, in particular on {t}.",
    "Proposed to hold a workshop on {t} next year and invited interested Member States to co-organise it.",
    "Expressed the readiness of {c} to share its experience in {a} with the other Member States.",
    "Welcomed the efforts of the Chairmanship to increase the visibility of CICA and its Secretariat.",
    "Emphasized that the Catalogue of Confidence Building Measures should be implemented step by step and on a voluntary basis.",
    "Recalled the decisions of the previous Ministerial Council on {t}.",
    "Called for closer cooperation with the United Nations and other international organizations on {t}.",
    "Reported that {c} had completed the national consultations on the draft concept paper.",
    "Suggested that the Special Working Group consider the proposal at its next session.",
    "Pointed out that the financial implications of the proposal should be assessed by the Secretariat.",
    "Supported the draft and thanked {c} for its work as co-coordinator of {a}.",
];

const RU: &[&str] = &[
    "Подчеркнул важность укрепления доверия и сотрудничества между государствами-членами СВМДА.",
    "Отметил значительный прогресс в реализации мер доверия в экономическом и экологическом измерениях.",
    "Предложил провести очередное заседание Специальной рабочей группы до конца текущего года.",
    "Выразил поддержку усилиям председательства по повышению эффективности и узнаваемости Совещания.",
    "Призвал активизировать практическое взаимодействие в области продовольственной и энергетической безопасности.",
    "Сообщил о подготовке национального доклада о ходе выполнения согласованных мероприятий.",
    "Указал на необходимость тесного сотрудничества с Организацией Объединённых Наций и региональными организациями.",
    "Приветствовал решение о расширении состава координаторов приоритетных направлений.",
];

const ZH: &[&str] = &[
    "强调亚信成员国应加强对话与协作，共同维护地区和平与稳定。",
    "表示愿继续积极参与亚信框架内的各项信任措施。",
    "指出应深化经济合作，推动贸易和投资便利化。",
    "欢迎主席国为提升亚信影响力所作的努力。",
    "呼吁在公共卫生、粮食安全和能源安全领域开展务实合作。",
    "介绍了本国在自然灾害管理方面的经验和做法。",
    "支持进一步完善亚信机制建设，提高工作效率。",
    "主张加强与联合国及其他国际组织的协调与合作。",
];

const AR: &[&str] = &[
    "أكد على أهمية تعزيز الحوار والثقة المتبادلة بين الدول الأعضاء في المؤتمر.",
    "أشار إلى التقدم المحرز في تنفيذ تدابير بناء الثقة في البعد الاقتصادي.",
    "دعا إلى تكثيف التعاون العملي في مجالات الأمن الغذائي وأمن الطاقة.",
    "رحب بجهود الرئاسة الرامية إلى تعزيز دور المؤتمر في آسيا.",
    "أعرب عن استعداد بلاده لاستضافة ورشة عمل حول إدارة الكوارث الطبيعية.",
    "شدد على ضرورة التنسيق الوثيق مع الأمم المتحدة والمنظمات الإقليمية.",
    "اقترح عقد الاجتماع القادم لفريق العمل الخاص قبل نهاية العام.",
    "أبلغ الاجتماع بالخطوات التي اتخذتها حكومته لمكافحة الإرهاب والتطرف.",
];

/// The language of a paragraph.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Ru,
    Zh,
    Ar,
}

impl Lang {
    /// English nine times in ten; otherwise Russian, Chinese or Arabic.
    pub fn draw(rng: &mut Rng) -> Self {
        match rng.below(30) {
            0 => Lang::Ru,
            1 => Lang::Zh,
            2 => Lang::Ar,
            _ => Lang::En,
        }
    }
}

/// A paragraph of about `min..=max` characters in `lang`, naming `country` where it fits.
pub fn paragraph(rng: &mut Rng, lang: Lang, min: usize, max: usize, country: &str) -> String {
    let target = rng.range(min, max);
    let sentences = match lang {
        Lang::En => EN,
        Lang::Ru => RU,
        Lang::Zh => ZH,
        Lang::Ar => AR,
    };
    let sep = if lang == Lang::Zh { "" } else { " " };
    let mut out = String::new();
    let mut len = 0;
    while len < target {
        let s = rng
            .pick(sentences)
            .replace("{c}", country)
            .replace("{a}", rng.word(AREAS))
            .replace("{t}", rng.word(TOPICS));
        if !out.is_empty() {
            out.push_str(sep);
        }
        len += s.chars().count() + sep.len();
        out.push_str(&s);
    }
    out
}

/// A paragraph in a language drawn by [`Lang::draw`].
pub fn prose_any(rng: &mut Rng, min: usize, max: usize, country: &str) -> String {
    let lang = Lang::draw(rng);
    paragraph(rng, lang, min, max, country)
}
