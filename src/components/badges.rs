//! Verdict and status badges. Each carries a symbol and a word, never colour alone.

use app_core::codes;
use criteria::assessment::{Status, Verdict};
use leptos::prelude::*;

use crate::i18n::{msg, use_i18n};

fn verdict_class(v: Verdict) -> (&'static str, &'static str) {
    match v {
        Verdict::Eligible => ("badge eligible", "✓"),
        Verdict::OnTrack => ("badge on-track", "◔"),
        Verdict::Incomplete => ("badge incomplete", "?"),
        Verdict::NotEligible => ("badge not-eligible", "✗"),
    }
}

fn status_class(s: Status) -> (&'static str, &'static str) {
    match s {
        Status::Met => ("badge eligible", "✓"),
        Status::Pending => ("badge on-track", "◔"),
        Status::Unknown => ("badge incomplete", "?"),
        Status::NotMet => ("badge not-eligible", "✗"),
    }
}

/// The verdict of a dossier: Đạt / Chưa đạt / Thiếu thông tin / Đang trong kỳ.
#[component]
pub fn VerdictBadge(#[prop(into)] verdict: Signal<Verdict>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span
            class=move || verdict_class(verdict.get()).0
            data-testid="verdict"
            data-verdict=move || codes::verdict(verdict.get())
        >
            <span aria-hidden="true">{move || verdict_class(verdict.get()).1}" "</span>
            {move || i18n.get().pick(msg::verdict::verdict(verdict.get()))}
        </span>
    }
}

/// The status of one criterion.
#[component]
pub fn StatusBadge(status: Status) -> impl IntoView {
    let i18n = use_i18n();
    let (class, symbol) = status_class(status);
    view! {
        <span class=class data-testid="status" data-status=codes::status(status)>
            <span aria-hidden="true">{symbol}" "</span>
            {move || i18n.get().pick(msg::verdict::status(status))}
        </span>
    }
}
