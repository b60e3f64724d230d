//! The dossier editor: one section at a time, saved as the user types, with the live
//! self-assessment beside it (below it on a phone).

mod context;
mod declarations;
mod initiatives;
mod panel;
pub mod profile;
mod save_status;
mod subject;
mod years;

use app_core::fields::Section;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::components::{focus_fragment, DossierMilestones};
use crate::i18n::{msg, tr, use_i18n};
pub use context::Editing;

#[component]
pub fn Editor() -> impl IntoView {
    let params = use_params_map();
    let id = Signal::derive(move || params.read().get("id").unwrap_or_default());
    let editing = Editing::new(id);
    provide_context(editing);
    let query = use_query_map();
    let section = Memo::new(move |_| {
        query
            .read()
            .get("muc")
            .and_then(|s| Section::from_slug(&s))
            .unwrap_or(Section::Subject)
    });
    focus_fragment(move || section.track());
    let ruleset_id = Memo::new(move |_| editing.read(String::new(), |d| d.ruleset.clone()));
    // Only whether the dossier exists decides the layout: reading the dossier itself here would
    // rebuild every section, and replace the field being typed in, on each keystroke.
    let found = Memo::new(move |_| editing.dossier.with(Option::is_some));

    move || {
        if !found.get() {
            return view! {
                <h1>{tr(msg::shell::NOT_FOUND_HEADING)}</h1>
                <p>{tr(msg::editor::NOT_FOUND)}</p>
                <p><A href="/ho-so">{tr(msg::editor::BACK_TO_LIST)}</A></p>
            }
            .into_any();
        }
        view! {
            <div class="editor-layout">
                <div class="editor-main">
                    <EditorHeading />
                    <save_status::SaveStatus />
                    <SectionTabs section=section />
                    <div class="editor-section" data-testid="editor-section">
                        {move || match section.get() {
                            Section::Subject => view! { <subject::SubjectSection /> }.into_any(),
                            Section::Years => view! { <years::YearsSection /> }.into_any(),
                            Section::Initiatives => view! { <initiatives::InitiativesSection /> }.into_any(),
                            Section::Declarations => view! { <declarations::DeclarationsSection /> }.into_any(),
                            Section::Profile => view! { <profile::ProfileSection /> }.into_any(),
                        }}
                    </div>
                    <p>
                        <A href=move || format!("/ho-so/{}/kiem-tra", id.get()) attr:class="button" attr:data-testid="check-answers">
                            {tr(msg::editor::CHECK_ANSWERS)}
                        </A>
                        <Show when=move || crate::env::use_env().downloads()>
                            " " <crate::pages::transfer::ExportThis id=id />
                        </Show>
                    </p>
                </div>
                <aside class="assessment-panel" aria-labelledby="panel-heading">
                    <panel::AssessmentPanel />
                    // A memo, so a keystroke does not rebuild the milestones.
                    {move || view! { <DossierMilestones ruleset_id=ruleset_id.get() /> }}
                </aside>
            </div>
        }
        .into_any()
    }
}

/// The dossier's name, and what it is assessed against.
#[component]
fn EditorHeading() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let i18n = use_i18n();
    let name = move || editing.read(String::new(), |d| d.subject.name.clone());
    // Who, which review period, against which document: each once.
    let facts = move || {
        let lang = i18n.get();
        editing.read(String::new(), |d| {
            let document = editing
                .ruleset()
                .map_or(d.ruleset.clone(), |r| lang.pick(r.document.name).to_owned());
            msg::editor::dossier_facts(
                lang,
                d.subject.kind.label(),
                &crate::pages::period_label(d.period),
                &document,
            )
        })
    };
    view! {
        <h1 data-testid="dossier-name">{name}</h1>
        <p class="muted">{facts}</p>
    }
}

#[component]
fn SectionTabs(section: Memo<Section>) -> impl IntoView {
    let editing = expect_context::<Editing>();
    let label = |s: Section| match s {
        Section::Subject => msg::editor::SECTION_SUBJECT,
        Section::Years => msg::editor::SECTION_YEARS,
        Section::Initiatives => msg::editor::SECTION_INITIATIVES,
        Section::Declarations => msg::editor::SECTION_DECLARATIONS,
        Section::Profile => msg::profile::SECTION,
    };
    view! {
        <nav class="section-tabs" aria-label=tr(msg::editor::SECTIONS_LABEL)>
            {Section::ALL
                .into_iter()
                .map(|s| {
                    view! {
                        <a
                            href=move || format!("/ho-so/{}?muc={}", editing.id.get(), s.slug())
                            aria-current=move || (section.get() == s).then_some("page")
                            data-testid=format!("tab-{}", s.slug())
                        >
                            {tr(label(s))}
                        </a>
                    }
                })
                .collect_view()}
        </nav>
    }
}
