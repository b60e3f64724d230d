//! Names of verdicts and statuses, shared by the list, the editor and the printouts.

use criteria::assessment::{Status, Verdict};
use criteria::text::Text;

crate::texts! {
    ELIGIBLE = "Đạt", "Eligible";
    ON_TRACK = "Đang trong kỳ", "On track";
    INCOMPLETE = "Thiếu thông tin", "Incomplete";
    NOT_ELIGIBLE = "Chưa đạt", "Not eligible";
    MET = "Đáp ứng", "Met";
    NOT_MET = "Chưa đáp ứng", "Not met";
    UNKNOWN = "Chưa có thông tin", "No data yet";
    PENDING = "Chờ hết năm", "Pending";
}

pub fn verdict(v: Verdict) -> Text {
    match v {
        Verdict::Eligible => ELIGIBLE,
        Verdict::OnTrack => ON_TRACK,
        Verdict::Incomplete => INCOMPLETE,
        Verdict::NotEligible => NOT_ELIGIBLE,
    }
}

pub fn status(s: Status) -> Text {
    match s {
        Status::Met => MET,
        Status::NotMet => NOT_MET,
        Status::Unknown => UNKNOWN,
        Status::Pending => PENDING,
    }
}
