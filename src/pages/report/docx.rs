//! The report's .docx, written by the report worker (crates/report-worker: its own wasm, which the
//! app fetches only here, on the first press of the button) and saved through the app's download.
//!
//! The worker's protocol (its `main.rs`): it posts `{ready}` once it can take requests, then
//! answers each request (JSON text) with `{docx: Uint8Array}` or `{error: {vi, en}}`. The worker is
//! kept for the next press and ended with the page. A worker that does not load (offline before
//! the app was ever cached, a blocked file) ends in [`Failure::Load`]: its script failing raises an
//! error event, but its wasm failing does not, so a timeout catches that.

use std::time::Duration;

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
/// How long the worker may take to load: its wasm is about 320 KB compressed, so a slow mobile
/// connection needs tens of seconds; past this the page says it failed and the button retries.
const LOAD_TIMEOUT: Duration = Duration::from_secs(60);

/// Where the last press of the button stands.
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
    /// The worker refused the request, and says why.
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

/// The page's .docx writer: one request at a time. Copy, so handlers can hold it.
#[derive(Clone, Copy)]
pub struct DocxWriter {
    live: StoredValue<Option<Live>, LocalStorage>,
    /// A request waiting for the worker to be ready.
    pending: StoredValue<Option<String>>,
    /// The name the answer is saved under.
    file_name: StoredValue<String>,
    /// Counts the workers created, so a timeout of an earlier one leaves a later one alone.
    generation: StoredValue<u32>,
    pub phase: RwSignal<Phase>,
    /// Taken from the context when the page is made: the worker's answer arrives outside it.
    env: crate::env::Env,
}

impl DocxWriter {
    /// A writer for the current page; its worker, if any, ends with the page.
    pub fn new() -> DocxWriter {
        let writer = DocxWriter {
            live: StoredValue::new_local(None),
            pending: StoredValue::new(None),
            file_name: StoredValue::new(String::new()),
            generation: StoredValue::new(0),
            phase: RwSignal::new(Phase::Idle),
            env: crate::env::use_env(),
        };
        on_cleanup(move || writer.end());
        writer
    }

    /// Asks for the .docx of `request` (report::request::request_json) to be saved as `file_name`.
    /// Ignored while an earlier request is being written.
    pub fn write(self, request: String, file_name: String) {
        if self.phase.get_untracked() == Phase::Writing {
            return;
        }
        self.phase.set(Phase::Writing);
        self.file_name.set_value(file_name);
        let ready = self
            .live
            .with_value(|live| live.as_ref().filter(|l| l.ready).map(|l| l.worker.clone()));
        match ready {
            Some(worker) => self.post(&worker, &request),
            None => {
                self.pending.set_value(Some(request));
                if self.live.with_value(Option::is_none) {
                    self.start();
                }
            }
        }
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
            if let (Some(Some(worker)), Some(request)) = (worker, self.pending.try_update_value(Option::take).flatten())
            {
                self.post(&worker, &request);
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
            self.phase
                .set(Phase::Failed(Failure::Refused(Message::new(side("vi"), side("en")))));
        }
    }

    fn post(self, worker: &Worker, request: &str) {
        if worker.post_message(&JsValue::from_str(request)).is_err() {
            self.fail(Failure::Crashed);
        }
    }

    /// Ends the worker (the next press starts a new one) and says why.
    fn fail(self, failure: Failure) {
        self.end();
        self.pending.set_value(None);
        self.phase.set(Phase::Failed(failure));
    }

    fn end(self) {
        if let Some(live) = self.live.try_update_value(Option::take).flatten() {
            live.worker.terminate();
            // This may run inside one of its handlers: let that return before they are dropped.
            set_timeout(move || drop(live), Duration::ZERO);
        }
    }
}
