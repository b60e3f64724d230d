//! The report model (crates/report) laid out as the form, with Leptos views: every value is a text
//! node, so nothing the user typed is ever read as HTML. The layout follows the .docx
//! (crates/report/src/docx.rs): the issuing body and the national motto side by side, the title,
//! the numbered parts, the awards as tables, the two signature blocks. `report.css` styles it, for
//! the screen and for A4 paper.
//!
//! No `<header>` or `<footer>` elements: the app's print rules hide every one of those.

use ::report::model::{AwardTable, Block, Field, Fill, Report, Section, Signature, BLANK};
use leptos::prelude::*;

/// The whole report, in Vietnamese whatever the interface language, as the form is.
#[component]
pub fn ReportDocument(report: Report) -> impl IntoView {
    let h = report.header;
    view! {
        <article class="report-doc" lang="vi" data-testid="report-document">
            <div class="report-doc__head">
                <div class="report-doc__issuer">
                    <p class="report-doc__parent"><FillText fill=h.parent /></p>
                    <p class="report-doc__unit"><FillText fill=h.unit /></p>
                    <div class="report-doc__rule" aria-hidden="true"></div>
                </div>
                <div class="report-doc__nation">
                    <p class="report-doc__motto">{h.motto}</p>
                    <p class="report-doc__slogan">{h.slogan}</p>
                    <div class="report-doc__rule report-doc__rule--long" aria-hidden="true"></div>
                    <p class="report-doc__date"><Blanked text=h.place_date /></p>
                </div>
            </div>
            <h2 class="report-doc__title">
                {report.title}
                <br />
                "ĐỀ NGHỊ TẶNG " <FillText fill=report.proposal />
            </h2>
            {report.sections.into_iter().map(|s| view! { <ReportSection section=s /> }).collect_view()}
            <div class="report-doc__signatures">
                {report.signatures.into_iter().map(|s| view! { <SignatureBlock signature=s /> }).collect_view()}
            </div>
        </article>
    }
}

#[component]
fn ReportSection(section: Section) -> impl IntoView {
    view! {
        <section class="report-doc__section" data-testid="report-section">
            <h3>{section.heading}</h3>
            {section.blocks.into_iter().map(block).collect_view()}
        </section>
    }
}

fn block(b: Block) -> AnyView {
    match b {
        Block::Subheading(text) => view! { <h4><Blanked text /></h4> }.into_any(),
        Block::Fields(fields) => view! { <p>"- " {fields_view(fields)}</p> }.into_any(),
        Block::Text(fill) => view! { <p><FillText fill /></p> }.into_any(),
        Block::Item(text) => view! { <p><Blanked text /></p> }.into_any(),
        Block::Awards(table) => view! { <Awards table /> }.into_any(),
    }
}

/// "Label: value; Label: value".
fn fields_view(fields: Vec<Field>) -> impl IntoView {
    fields
        .into_iter()
        .enumerate()
        .map(|(i, f)| {
            view! {
                {(i > 0).then_some("; ")}
                {f.label} ": " <FillText fill=f.value />
            }
        })
        .collect_view()
}

#[component]
fn Awards(table: AwardTable) -> impl IntoView {
    let [year, award, decision] = table.columns;
    let rows = if table.rows.is_empty() {
        // Nothing recorded: one row of blanks to fill in, as the .docx has.
        view! {
            <tr>
                <td><Blanked text=BLANK.to_owned() /></td>
                <td><Blanked text=BLANK.to_owned() /></td>
                <td><Blanked text=BLANK.to_owned() /></td>
            </tr>
        }
        .into_any()
    } else {
        table
            .rows
            .into_iter()
            .map(|row| {
                view! {
                    <tr data-testid="report-award">
                        <td>{row.year}</td>
                        <td>{row.award.clone()}</td>
                        <td><Blanked text=row.decision_text() /></td>
                    </tr>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <h4>{table.caption}</h4>
        <table class="report-doc__awards">
            <thead>
                <tr>
                    <th scope="col">{year}</th>
                    <th scope="col">{award}</th>
                    <th scope="col">{decision}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

#[component]
fn SignatureBlock(signature: Signature) -> impl IntoView {
    view! {
        <div class="report-doc__signature">
            <p class="report-doc__role">{signature.role}</p>
            <p class="report-doc__instruction">{signature.instruction}</p>
            <div class="report-doc__space"></div>
            {match signature.name {
                Fill::Known(name) => Some(view! { <p class="report-doc__name">{name}</p> }),
                Fill::Blank => None,
            }}
        </div>
    }
}

/// A value, or the blank marked so the eye finds it on screen.
#[component]
fn FillText(fill: Fill) -> impl IntoView {
    match fill {
        Fill::Known(text) => text.into_any(),
        Fill::Blank => view! { <Blank /> }.into_any(),
    }
}

/// Text the model already wrote with blanks inside ("Quyết định số …… ngày ……"): each blank marked.
#[component]
fn Blanked(text: String) -> impl IntoView {
    text.split(BLANK)
        .enumerate()
        .map(|(i, part)| {
            view! {
                {(i > 0).then(|| view! { <Blank /> })}
                {part.to_owned()}
            }
        })
        .collect_view()
}

#[component]
fn Blank() -> impl IntoView {
    view! { <span class="report-doc__blank" data-testid="report-blank">{BLANK}</span> }
}
