//! Bản in tự đánh giá (`/ho-so/:id/in`): one dossier's self-assessment on A4, to print or save as
//! PDF and sign: who, which period and document, every criterion with its status, the clause it
//! quotes and the evidence declared, the year-by-year record, the verdict worded as the subject's
//! own conclusion, and the signature block. The print stylesheet hides the app's header and footer.

use app_core::answers::titles_text;
use app_core::print::{criterion_evidence, place_and_date};
use app_core::ruleset_of;
use app_core::unit::achievement_summary;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::env::use_env;
use crate::i18n::{msg, tr, use_i18n};
use crate::state::use_app_state;

#[component]
pub fn PrintReport() -> impl IntoView {
    use msg::transfer as m;
    let params = use_params_map();
    let state = use_app_state();
    let i18n = use_i18n();
    let env = use_env();
    move || {
        // Where no file may be left behind (a kiosk): "Save as PDF" would leave one.
        if !env.downloads() {
            return view! { <p>{tr(msg::transfer::DOWNLOADS_OFF)}</p> }.into_any();
        }
        let id = params.read().get("id").unwrap_or_default();
        let lang = i18n.get();
        let Some(d) = state.dossier(&id) else {
            return view! { <p>{tr(msg::editor::NOT_FOUND)}</p> }.into_any();
        };
        let today = env.today();
        let assessment = criteria::assess(&d, &state.linked(&d), today);
        let ruleset_name = lang.pick(ruleset_of(&d).document.name);
        let none = lang.pick(m::NONE);
        let linked = d.subject.unit_dossier.as_deref().and_then(|id| state.dossier(id));
        let rows = assessment
            .criteria
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let criterion = criteria::catalogue::criterion(&c.id);
                let evidence = criterion
                    .map(|criterion| criterion_evidence(&d, criterion, linked.as_ref(), lang))
                    .unwrap_or_default();
                view! {
                    <tr data-testid="print-criterion">
                        <td>{i + 1}</td>
                        <td>
                            <strong>{criterion.map(|c| lang.pick(c.name))}</strong>
                            <blockquote>{criterion.map(|c| c.quote)}</blockquote>
                            <small>{c.source.clone()}</small>
                        </td>
                        <td>
                            <strong>{lang.pick(msg::verdict::status(c.status))}</strong>
                            <br />
                            {lang.message(&c.detail).to_owned()}
                        </td>
                        <td data-testid="print-evidence">
                            {if evidence.is_empty() {
                                view! { {none} }.into_any()
                            } else {
                                evidence.into_iter().map(|line| view! { <span class="evidence-line">{line}</span> }).collect_view().into_any()
                            }}
                        </td>
                    </tr>
                }
            })
            .collect_view();
        let years = d
            .years
            .iter()
            .map(|y| {
                let titles = titles_text(Some(y), lang);
                let outside = (!d.period.contains(y.year)).then(|| lang.pick(msg::editor::OUTSIDE_PERIOD));
                view! {
                    <tr>
                        <td>{y.year} {outside.map(|o| view! { <br /><small>"(" {o} ")"</small> })}</td>
                        <td>{y.rating.map_or(none, |r| lang.pick(r.label()))}</td>
                        <td>{titles}</td>
                        <td>{if y.evidence.is_empty() { none.to_owned() } else { y.evidence.clone() }}</td>
                    </tr>
                }
            })
            .collect_view();
        let initiatives = d
            .initiatives
            .iter()
            .flatten()
            .map(|i| {
                view! {
                    <tr data-testid="print-initiative">
                        <td>{i.title.clone()}</td>
                        <td>{lang.pick(i.kind.label())}</td>
                        <td>{i.year}</td>
                        <td>{lang.pick(i.scope.label())}</td>
                        <td>{if i.evidence.is_empty() { none.to_owned() } else { i.evidence.clone() }}</td>
                    </tr>
                }
            })
            .collect_view();
        let initiatives_text = match d.initiatives.as_ref().map(Vec::len) {
            None => Some(lang.pick(msg::editor::INITIATIVES_UNSET)),
            Some(0) => Some(lang.pick(msg::editor::INITIATIVES_NONE)),
            Some(_) => None,
        };
        let place_date = place_and_date(today, lang);
        let unit_heading = d.subject.unit.to_uppercase();
        let date = lang.date(today);
        view! {
            <div class="print-actions">
                <button
                    type="button"
                    class="button primary"
                    data-testid="print-button"
                    on:click=move |_| {
                        let _ = window().print();
                    }
                >
                    {tr(m::PRINT_THIS)}
                </button>
                " "
                <a href=format!("/ho-so/{id}/bao-cao") class="button" data-testid="report-link">
                    {tr(msg::report::LINK)}
                </a>
            </div>
            <article class="print-report" data-testid="print-report">
                // The heading of administrative papers (Nghị định 30/2020/NĐ-CP): the unit on the
                // left, the national name and motto on the right, always in Vietnamese.
                <div class="national-heading" lang="vi" data-testid="print-heading">
                    <div class="issuer"><p>{unit_heading}</p><hr /></div>
                    <div class="motto">
                        <p><strong>"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"</strong></p>
                        <p><strong>"Độc lập - Tự do - Hạnh phúc"</strong></p>
                        <hr />
                        <p class="place-date" data-testid="print-place-date"><em>{place_date.clone()}</em></p>
                    </div>
                </div>
                <h1>{tr(m::REPORT_TITLE)}</h1>
                <table>
                    <tbody>
                        <tr><th scope="row">{tr(m::REPORT_SUBJECT)}</th><td>{d.subject.name.clone()} " (" {lang.pick(d.subject.kind.label())} ")"</td></tr>
                        <tr><th scope="row">{tr(m::REPORT_POSITION)}</th><td>{d.subject.position.clone()}</td></tr>
                        <tr><th scope="row">{tr(m::REPORT_UNIT)}</th><td>{d.subject.unit.clone()}</td></tr>
                        <tr><th scope="row">{tr(m::REPORT_PERIOD)}</th><td>{crate::pages::period_label(d.period)}</td></tr>
                        <tr><th scope="row">{tr(m::REPORT_RULESET)}</th><td>{ruleset_name}</td></tr>
                        <tr><th scope="row">{tr(m::REPORT_AS_OF)}</th><td>{date}</td></tr>
                    </tbody>
                </table>
                <h2>{tr(m::REPORT_ACHIEVEMENTS)}</h2>
                <p data-testid="print-summary">{achievement_summary(&d, lang)}</p>
                <h2>{tr(m::REPORT_YEARS)}</h2>
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{tr(m::REPORT_YEAR)}</th>
                            <th scope="col">{tr(msg::transfer::REPORT_COL_STATUS)}</th>
                            <th scope="col">{tr(m::REPORT_SUMMARY)}</th>
                            <th scope="col">{tr(m::REPORT_COL_EVIDENCE)}</th>
                        </tr>
                    </thead>
                    <tbody>{years}</tbody>
                </table>
                <h2>{tr(m::REPORT_INITIATIVES)}</h2>
                {match initiatives_text {
                    Some(text) => view! { <p>{text}</p> }.into_any(),
                    None => view! {
                        <table>
                            <thead>
                                <tr>
                                    <th scope="col">{tr(msg::editor::INITIATIVE_TITLE)}</th>
                                    <th scope="col">{tr(msg::editor::INITIATIVE_KIND)}</th>
                                    <th scope="col">{tr(msg::editor::INITIATIVE_YEAR)}</th>
                                    <th scope="col">{tr(msg::editor::INITIATIVE_SCOPE)}</th>
                                    <th scope="col">{tr(m::REPORT_COL_EVIDENCE)}</th>
                                </tr>
                            </thead>
                            <tbody>{initiatives}</tbody>
                        </table>
                    }.into_any(),
                }}
                <h2>{tr(m::REPORT_CRITERIA)}</h2>
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{tr(m::REPORT_COL_NO)}</th>
                            <th scope="col">{tr(m::REPORT_COL_CRITERION)}</th>
                            <th scope="col">{tr(m::REPORT_COL_STATUS)}</th>
                            <th scope="col">{tr(m::REPORT_COL_EVIDENCE)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
                <h2>{tr(m::REPORT_VERDICT)}</h2>
                <p data-testid="print-verdict">{m::self_verdict(lang, assessment.verdict)}</p>
                <p class="muted"><small>{tr(m::REPORT_NOTE)}</small></p>
                <div class="signatures">
                    <div>
                        <p><strong>{tr(m::REPORT_HEAD)}</strong></p>
                        <p><em>{tr(m::REPORT_SIGN)}</em></p>
                    </div>
                    <div>
                        <p><em>{place_date}</em></p>
                        <p><strong>{tr(m::REPORT_SELF)}</strong></p>
                        <p><em>{tr(m::REPORT_SIGN)}</em></p>
                    </div>
                </div>
            </article>
        }
        .into_any()
    }
}
