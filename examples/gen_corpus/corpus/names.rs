//! Speaker names: a few thousand distinct people, some with spellings in other scripts.
//!
//! Every name is two words, the first from one list and the second from another, so that the
//! `near-duplicate` lint stays silent: [`pool`] keeps a word only when it is far from every
//! word already kept in its position (lowercased normalized Damerau-Levenshtein below 0.5, or
//! at least four edits), in Latin and in its own script alike. Two names then differ in a
//! whole word, which the lint treats as different names, not as two spellings of one.

use super::Rng;

/// A people's naming tradition: its two word lists (Latin, own script) and who speaks for it.
struct Culture {
    /// Words separated by spaces, each `Latin=own script` or just `Latin`.
    first: &'static str,
    second: &'static str,
    /// Own-script names join without a space (Chinese).
    joined: bool,
    codes: &'static [&'static str],
}

/// One person: Latin name, the name in their own script (when it differs), whom they represent.
#[derive(Clone, Debug)]
pub struct Name {
    pub latin: String,
    pub native: Option<String>,
    pub code: &'static str,
}

const CENTRAL: Culture = Culture {
    first: "
        Aidar=Айдар Bakhyt=Бахыт Gulnara=Гульнара Yerlan=Ерлан Dinara=Динара Marat=Марат
        Saule=Сауле Timur=Тимур Zhanna=Жанна Olzhas=Олжас Kairat=Кайрат
        Svetlana=Светлана Dmitry=Дмитрий Igor=Игорь Yelena=Елена Sergei=Сергей Oleg=Олег
        Vadim=Вадим Pavel=Павел Bolat=Болат Asel=Асель Farrukh=Фаррух Dilshod=Дильшод
        Zarina=Зарина Rustam=Рустам Mukhtar=Мухтар Umida=Умида Sherzod=Шерзод
        Jamshid=Джамшид Azamat=Азамат Yulia=Юлия Anton=Антон Boris=Борис Vera=Вера
        Lyudmila=Людмила Konstantin=Константин Galina=Галина Ilyas=Ильяс Meruert=Меруерт
        Tokhir=Тохир
    ",
    second: "
        Akhmetov=Ахметов Baimukhanov=Баймуханов Volkov=Волков Gromova=Громова
        Dosmagambetov=Досмагамбетов Zhumabayev=Жумабаев Karimov=Каримов Lebedev=Лебедев
        Mirzoyev=Мирзоев Nazarov=Назаров Orlova=Орлова Petrenko=Петренко
        Rakhimov=Рахимов Sadykova=Садыкова Umarov=Умаров Fedorov=Федоров
        Khalikov=Халиков Tsoi=Цой Chernova=Чернова Shaikenov=Шайкенов Yusupov=Юсупов
        Yakovleva=Яковлева Kuznetsov=Кузнецов Sokolova=Соколова Bondarenko=Бондаренко
        Iskakov=Искаков Temirkhanov=Темирханов Gubaidullin=Губайдуллин Ospanova=Оспанова
        Tursunov=Турсунов Zhakupova=Жакупова Belyakov=Беляков Novikova=Новикова
        Ergashev=Эргашев Mamyrov=Мамыров Dzhumaliev=Джумалиев
    ",
    joined: false,
    codes: &[
        "KAZ", "KGZ", "TJK", "UZB", "RUS", "AZE", "BLR", "TKM", "UKR",
    ],
};

const CHINESE: Culture = Culture {
    first: "
        Zhang=张 Wang=王 Li=李 Liu=刘 Chen=陈 Yang=杨 Huang=黄 Zhou=周 Wu=吴 Xu=徐 Sun=孙 Ma=马
        Guo=郭 He=何 Lin=林 Gao=高 Luo=罗 Song=宋 Tang=唐 Han=韩 Feng=冯 Deng=邓 Cao=曹
    ",
    second: "
        Hongjian=红建 Weiguo=卫国 Xiaoming=晓明 Jing=静 Lei=磊 Yan=燕 Qiang=强 Min=敏 Haitao=海涛
        Jianhua=建华 Xiuying=秀英 Guangyu=光宇 Zhiyuan=志远 Lihua=丽华 Dongsheng=东升 Ruoxi=若曦
        Yifan=一帆 Zhenhua=振华 Qingshan=青山 Shuang=爽 Tao=涛 Bo=波 Fang=芳 Kun=坤 Chao=超
        Wenjie=文杰 Jiayi=佳怡
    ",
    joined: true,
    codes: &["CHN"],
};

const ARABIC: Culture = Culture {
    first: "
        Reza=رضا Ahmed=أحمد Khalid=خالد Fatima=فاطمة Omar=عمر Yusuf=يوسف Layla=ليلى
        Hassan=حسن Mariam=مريم Tariq=طارق Samir=سمير Nadia=نادية Faisal=فيصل Huda=هدى
        Walid=وليد Jamal=جمال Rania=رانيا Ziad=زياد Amal=أمل Majid=ماجد Salma=سلمى
        Bilal=بلال Mahmoud=محمود Nasser=ناصر Hamza=حمزة
    ",
    second: "
        Najafi=نجفی Haddad=حداد Mansour=منصور Khoury=خوري Saleh=صالح Darwish=درويش
        Abbasi=عباسي Hosseini=حسيني Tehrani=طهراني Zaidi=زيدي Qasemi=قاسمي Sabbagh=صباغ
        Barakat=بركات Shams=شمس Jaber=جابر Obeid=عبيد Farouk=فاروق Nouri=نوري Masri=مصري
        Halabi=حلبي Baghdadi=بغدادي Tamimi=تميمي Ansari=أنصاري
    ",
    joined: false,
    codes: &[
        "IRN", "IRQ", "JOR", "BHR", "QAT", "ARE", "EGY", "PSE", "KWT", "OMN", "LAS",
    ],
};

const OTHERS: Culture = Culture {
    first: "
        Harsh Priya Arjun Sunita Rahul Anjali Vikram Deepa Mehmet Ayse Emre Zeynep Burak
        Elif Selin Minjun Seoyeon Jihoon Hyejin Ganbold Enkhjargal Somchai Kittisak
        Pornthip Budi Siti Agus Dewi Imran Ayesha Rafiq Nasrin Thanh Quang Lan Sokha
        Dara Kenji Yuki Ramon Maricel Sanjeev Nimal Chathura Bakht Hamid
    ",
    second: "
        Sharma Patel Singh Gupta Reddy Chowdhury Rahman Hossain Yilmaz Demir Kaya Celik
        Ozturk Aydin Kim Park Choi Jung Nguyen Tran Pham Hoang Tanaka Watanabe Takahashi
        Santoso Wijaya Perera Fernando Jayasuriya Qureshi Malik Batbayar Tserendorj
        Wongsakul Srisuk Ahmadzai Rasuli Sok Mendoza Villanueva Bhattarai Dissanayake
        Lim
    ",
    joined: false,
    codes: &[
        "IND", "PAK", "BGD", "LKA", "TUR", "KOR", "VNM", "THA", "KHM", "MNG", "AFG", "IDN", "MYS",
        "PHL", "JPN", "NPL", "LAO", "MMR", "UN", "OSCE",
    ],
};

/// Whether two words in one position are far enough apart never to look like one word.
fn far(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    a != b
        && (strsim::normalized_damerau_levenshtein(&a, &b) < 0.5
            || strsim::damerau_levenshtein(&a, &b) >= 4)
}

/// Keeps the words of `list` that are far from every word kept before them, in Latin and in
/// their own script; `kept` carries the Latin words across cultures.
fn filter(list: &'static str, kept: &mut Vec<&'static str>) -> Vec<(&'static str, &'static str)> {
    let mut native: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for word in list.split_whitespace() {
        let (latin, own) = word.split_once('=').unwrap_or((word, ""));
        let ok_latin = kept.iter().all(|k| far(k, latin));
        let ok_own = own.is_empty() || native.iter().all(|k| far(k, own));
        if ok_latin && ok_own {
            kept.push(latin);
            native.push(own);
            out.push((latin, own));
        }
    }
    out
}

/// Every name the corpus may use, shuffled by `rng`: each culture's first words crossed with
/// its second words.
pub fn pool(rng: &mut Rng) -> Vec<Name> {
    let (mut firsts, mut seconds) = (Vec::new(), Vec::new());
    let mut all = Vec::new();
    for c in [&CENTRAL, &CHINESE, &ARABIC, &OTHERS] {
        let first = filter(c.first, &mut firsts);
        let second = filter(c.second, &mut seconds);
        for &(f, f_own) in &first {
            for &(s, s_own) in &second {
                let native = match (f_own.is_empty(), c.joined) {
                    (true, _) => None,
                    (false, true) => Some(format!("{f_own}{s_own}")),
                    (false, false) => Some(format!("{f_own} {s_own}")),
                };
                let code = *rng.pick(c.codes);
                all.push(Name {
                    latin: format!("{f} {s}"),
                    native,
                    code,
                });
            }
        }
    }
    rng.shuffle(&mut all);
    all
}
