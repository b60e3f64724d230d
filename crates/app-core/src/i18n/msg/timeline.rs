//! Texts of the time line (Lộ trình) and of a dossier's milestones: phases, days left, and dates.

use chrono::NaiveDate;
use criteria::text::Text;

use crate::i18n::Lang;
use crate::timeline::{Kind, Phase};

crate::texts! {
    LEAD = "Các mốc thời gian của từng kế hoạch, theo thứ tự ngày: mốc nào đã qua, mốc nào đang diễn ra, mốc nào sắp tới, và còn bao nhiêu ngày đến hạn.",
        "The milestones of each plan in date order: what is past, what is happening now, what comes next, and how many days are left before each is due.";
    VIEW_AT = "Xem lộ trình vào ngày", "View the timeline on";
    VIEW_AT_HINT = "Mặc định là hôm nay. Chọn ngày khác để xem lộ trình lúc đó.", "Today by default. Pick another day to see the timeline as it stood then.";
    BACK_TO_TODAY = "Về hôm nay", "Back to today";
    LEGEND = "Cách đọc", "How to read it";
    LIST_LABEL = "Các mốc của", "Milestones of";
    PAST = "Đã qua", "Past";
    NOW = "Đang diễn ra", "Now";
    NEXT = "Sắp tới", "Next";
    TODAY = "Hôm nay", "Today";
    DEADLINE_TODAY = "Hạn chót là hôm nay", "Due today";
    SOURCE = "Căn cứ:", "Source:";
    DEADLINE_NOTE = "Văn bản chỉ ghi “trước ngày”, không ghi ngày bắt đầu; ứng dụng coi mỗi hạn chót là việc của năm chứa nó, tính từ ngày 01/01 của năm đó.",
        "The documents say only “before” a day, with no start; the app counts each deadline as part of its year's work, from 1 January of that year.";
    DOSSIER_HEADING = "Mốc thời gian của kế hoạch", "Milestones of the plan";
    DOSSIER_PAST = "Các mốc đã qua", "Past milestones";
    DOSSIER_ALL = "Xem toàn bộ lộ trình", "See the whole timeline";
}

/// The word for a phase, shown beside its symbol so the phase never rests on colour.
pub fn phase(p: Phase) -> Text {
    match p {
        Phase::Past => PAST,
        Phase::Now => NOW,
        Phase::Next => NEXT,
    }
}

/// A date range, or a single day when both ends are the same.
pub fn range(lang: Lang, start: NaiveDate, end: NaiveDate) -> String {
    if start == end {
        lang.date(end)
    } else {
        format!("{} – {}", lang.date(start), lang.date(end))
    }
}

/// How far away the occurrence is: days to its end while it runs, days to its start before it.
/// Nothing once it is past.
pub fn countdown(lang: Lang, kind: Kind, phase: Phase, days_to_start: i64, days_to_end: i64) -> Option<String> {
    let text = match (phase, kind, lang) {
        (Phase::Past, _, _) => return None,
        (Phase::Now, Kind::Deadline, _) if days_to_end == 0 => lang.pick(DEADLINE_TODAY).to_owned(),
        (Phase::Now, Kind::Deadline, Lang::Vi) => format!("Còn {days_to_end} ngày đến hạn"),
        (Phase::Now, Kind::Deadline, Lang::En) => format!("{} left until it is due", days(days_to_end)),
        (Phase::Now, Kind::Window, Lang::Vi) => format!("Còn {days_to_end} ngày đến khi kết thúc"),
        (Phase::Now, Kind::Window, Lang::En) => format!("{} left until it ends", days(days_to_end)),
        (Phase::Next, Kind::Deadline, Lang::Vi) => {
            format!("Còn {days_to_end} ngày đến hạn (bắt đầu sau {days_to_start} ngày)")
        }
        (Phase::Next, Kind::Deadline, Lang::En) => {
            format!(
                "{} left until it is due (begins in {})",
                days(days_to_end),
                days(days_to_start)
            )
        }
        (Phase::Next, Kind::Window, Lang::Vi) => format!("Bắt đầu sau {days_to_start} ngày"),
        (Phase::Next, Kind::Window, Lang::En) => format!("Begins in {}", days(days_to_start)),
    };
    Some(text)
}

/// "1 day", "46 days".
fn days(n: i64) -> String {
    if n == 1 {
        "1 day".to_owned()
    } else {
        format!("{n} days")
    }
}

/// The accessible name of the "today" mark on the line.
pub fn today_mark(lang: Lang, today: NaiveDate) -> String {
    format!("{} {}", lang.pick(TODAY), lang.date(today))
}
