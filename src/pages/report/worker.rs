//! The page's link to the report worker (crates/report-worker: its own wasm, which the app fetches
//! only when the user opens a report): it asks for the report's HTML, shown as the print view, and
//! for its .docx, saved through the app's download. The app links nothing of the report itself.
//!
//! The worker's protocol (its `main.rs`): it posts `{ready}` once it can take requests, then
//! answers each request (JSON text, app_core::report_request) in order with `{html: string}`,
//! `{docx: Uint8Array}` or `{error: {vi, en}}`. The worker is kept for the next request and ended
//! with the page. A worker that does not load (offline before the app was ever cached, a blocked
//! file) ends in [`Failure::Load`]: its script failing raises an error event, but its wasm failing
//! does not, so a timeout catches that. The download button then starts a new one.

use std::collections::VecDeque;
use std::time::Duration;

use app_core::report_request::Want;
use criteria::text::Message;
use js_sys::{Reflect, Uint8Array};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, Worker};

/// The worker's loader, which trunk writes beside the app (index.html, `data-loader-shim`).
const LOADER: &str = "/report-worker_loader.js";
/// The media type of a .docx.
const DOCX_MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
/// How long the worker may take to load: its wasm is about 350 KB compressed, so a slow mobile
/// connection needs tens of seconds; past this the page says it failed and the button retries.
const LOAD_TIMEOUT: Duration = Duration::from_secs(60);

/// Where the last request stands: the .docx asked for by the button, or a failure of either.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase {
    Idle,
    Writing,
    /// Saved under this file name.
    Done(String),
    Failed(Failure),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The worker did not load.
    Load,
    /// The worker stopped with an error after it had loaded.
    Crashed,
    /// The worker refused a request, and says why.
    Refused(Message),
    /// The browser refused the download (its words).
    Download(app_core::transfer::DownloadError),
}

/// A worker that has been created, with the handlers that must live as long as it.
struct Live {
    worker: Worker,
    ready: bool,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

/// The page's report writer: the preview as its inputs change, and one .docx at a time. Copy, so
/// handlers can hold it.
#[derive(Clone, Copy)]
pub struct ReportWorker {
    live: StoredValue<Option<Live>, LocalStorage>,
    /// The preview's request waiting for the worker to be ready (only the latest matters).
    pending_html: StoredValue<Option<String>>,
    /// The .docx's request waiting for the worker to be ready.
    pending_docx: StoredValue<Option<String>>,
    /// The last preview asked for, asked again of a worker started after one failed.
    last_html: StoredValue<Option<String>>,
    /// What each request posted and not yet answered asks for, oldest first: the worker answers
    /// in order.
    in_flight: StoredValue<VecDeque<Want>>,
    /// The name the .docx is saved under.
    file_name: StoredValue<String>,
    /// Counts the workers created, so a timeout of an earlier one leaves a later one alone.
    generation: StoredValue<u32>,
    /// The report's HTML (report::html::article, escaped by the worker), once it has come.
    pub preview: RwSignal<Option<String>>,
    pub phase: RwSignal<Phase>,
    /// Taken from the context when the page is made: the worker's answer arrives outside it.
    env: crate::env::Env,
}

impl ReportWorker {
    /// A writer for the current page; its worker, if any, ends with the page.
    pub fn new() -> ReportWorker {
        let writer = ReportWorker {
            live: StoredValue::new_local(None),
            pending_html: StoredValue::new(None),
            pending_docx: StoredValue::new(None),
            last_html: StoredValue::new(None),
            in_flight: StoredValue::new(VecDeque::new()),
            file_name: StoredValue::new(String::new()),
            generation: StoredValue::new(0),
            preview: RwSignal::new(None),
            phase: RwSignal::new(Phase::Idle),
            env: crate::env::use_env(),
        };
        on_cleanup(move || writer.end());
        writer
    }

    /// Asks for the preview of `request` (`want: html`). Starts the worker, unless the last one
    /// failed to load: then only the download button tries again, not each keystroke.
    pub fn render(self, request: String) {
        self.last_html.set_value(Some(request.clone()));
        if let Some(worker) = self.ready_worker() {
            return self.post(&worker, &request, Want::Html);
        }
        self.pending_html.set_value(Some(request));
        let failed = matches!(
            self.phase.get_untracked(),
            Phase::Failed(Failure::Load | Failure::Crashed)
        );
        if self.live.with_value(Option::is_none) && !failed {
            self.start();
        }
    }

    /// Asks for the .docx of `request` (`want: docx`) to be saved as `file_name`. Ignored while
    /// an earlier one is being written.
    pub fn write(self, request: String, file_name: String) {
        if self.phase.get_untracked() == Phase::Writing {
            return;
        }
        self.phase.set(Phase::Writing);
        self.file_name.set_value(file_name);
        match self.ready_worker() {
            Some(worker) => self.post(&worker, &request, Want::Docx),
            None => {
                self.pending_docx.set_value(Some(request));
                if self.live.with_value(Option::is_none) {
                    // A new worker after a failed one: the preview is asked again too.
                    if self.preview.with_untracked(Option::is_none) {
                        self.pending_html.set_value(self.last_html.get_value());
                    }
                    self.start();
                }
            }
        }
    }

    fn ready_worker(self) -> Option<Worker> {
        self.live
            .with_value(|live| live.as_ref().filter(|l| l.ready).map(|l| l.worker.clone()))
    }

    fn start(self) {
        let Ok(worker) = Worker::new(LOADER) else {
            return self.fail(Failure::Load);
        };
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| self.receive(&ev.data()));
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
            let loaded = self
                .live
                .try_with_value(|l| l.as_ref().is_some_and(|l| l.ready))
                .unwrap_or(false);
            self.fail(if loaded { Failure::Crashed } else { Failure::Load });
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        self.live.set_value(Some(Live {
            worker,
            ready: false,
            _on_message: on_message,
            _on_error: on_error,
        }));
        self.generation.update_value(|g| *g += 1);
        let generation = self.generation.get_value();
        set_timeout(
            // `try_`: the page may have gone by then, and its values with it.
            move || {
                let loading = self
                    .live
                    .try_with_value(|l| l.as_ref().is_some_and(|l| !l.ready))
                    .unwrap_or(false);
                if loading && self.generation.try_get_value() == Some(generation) {
                    self.fail(Failure::Load);
                }
            },
            LOAD_TIMEOUT,
        );
    }

    fn receive(self, data: &JsValue) {
        let field = |name: &str| Reflect::get(data, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
        if field("ready").is_truthy() {
            let worker = self.live.try_update_value(|live| {
                live.as_mut().map(|l| {
                    l.ready = true;
                    l.worker.clone()
                })
            });
            if let Some(Some(worker)) = worker {
                // The preview first: it is what the user is looking at.
                if let Some(request) = self.pending_html.try_update_value(Option::take).flatten() {
                    self.post(&worker, &request, Want::Html);
                }
                if let Some(request) = self.pending_docx.try_update_value(Option::take).flatten() {
                    self.post(&worker, &request, Want::Docx);
                }
            }
            return;
        }
        let Some(Some(want)) = self.in_flight.try_update_value(VecDeque::pop_front) else {
            return;
        };
        if let Some(html) = field("html").as_string() {
            // A later preview is on its way: this one is already out of date.
            if !self.in_flight.with_value(|w| w.contains(&Want::Html)) {
                self.preview.set(Some(html));
            }
        } else if let Ok(bytes) = field("docx").dyn_into::<Uint8Array>() {
            let name = self.file_name.get_value();
            self.phase.set(match self.env.download_bytes(&name, DOCX_MIME, &bytes) {
                Ok(()) => Phase::Done(name),
                Err(e) => Phase::Failed(Failure::Download(e)),
            });
        } else {
            let error = field("error");
            let side = |lang: &str| {
                Reflect::get(&error, &JsValue::from_str(lang))
                    .ok()
                    .and_then(|v| v.as_string())
                    .unwrap_or_default()
            };
            // A refused preview leaves a .docx being written alone; its own answer follows.
            if want == Want::Docx || self.phase.get_untracked() != Phase::Writing {
                self.phase
                    .set(Phase::Failed(Failure::Refused(Message::new(side("vi"), side("en")))));
            }
        }
    }

    fn post(self, worker: &Worker, request: &str, want: Want) {
        if worker.post_message(&JsValue::from_str(request)).is_err() {
            return self.fail(Failure::Crashed);
        }
        self.in_flight.update_value(|w| w.push_back(want));
    }

    /// Ends the worker (the download button starts a new one) and says why.
    fn fail(self, failure: Failure) {
        self.end();
        self.pending_html.set_value(None);
        self.pending_docx.set_value(None);
        self.phase.set(Phase::Failed(failure));
    }

    fn end(self) {
        if let Some(live) = self.live.try_update_value(Option::take).flatten() {
            live.worker.terminate();
            // This may run inside one of its handlers: let that return before they are dropped.
            set_timeout(move || drop(live), Duration::ZERO);
        }
        let _ = self.in_flight.try_update_value(VecDeque::clear);
    }
}
