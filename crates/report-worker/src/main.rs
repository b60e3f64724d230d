//! The report worker: receives a report request as JSON text (report::request) and answers with
//! the report's HTML for the print page or its .docx bytes, off the page's thread and in a wasm of
//! its own that the app fetches only when the user opens a report. Composing the report, both
//! renderers and the .docx writer are all here: the app links none of them.
//!
//! The protocol, all messages plain objects:
//! - worker → page, once, when it can take requests: `{ "ready": true }` (a message posted before
//!   that would be lost while the wasm is still loading);
//! - page → worker: the request's JSON text (`want`: `"html"` or `"docx"`, the default);
//! - worker → page, one answer per request and in the order they came:
//!   `{ "html": "<article …>" }`, `{ "docx": Uint8Array }` (its buffer transferred, not copied),
//!   or `{ "error": { "vi": …, "en": … } }`.
//!
//! ```js
//! const worker = new Worker('/report-worker_loader.js');
//! worker.onmessage = ({ data }) => {
//!   if (data.ready) worker.postMessage(JSON.stringify({ dossier, date: '2026-01-10', proposal: null }));
//!   else if (data.docx) save(new Blob([data.docx]));
//!   else show(data.error.vi);
//! };
//! ```

use criteria::text::Message;
use js_sys::{Array, Object, Reflect, Uint8Array};
use report::request::Answer;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| answer(&replies, &event));
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    post(&scope, &object("ready", &JsValue::TRUE), None);
}

fn answer(scope: &DedicatedWorkerGlobalScope, event: &MessageEvent) {
    let Some(json) = event.data().as_string() else {
        let message = Message::new(
            "yêu cầu lập báo cáo phải là chuỗi JSON",
            "a report request must be a JSON string",
        );
        return post(scope, &error(&message), None);
    };
    match report::request::answer(&json) {
        Ok(Answer::Docx(bytes)) => {
            let docx = Uint8Array::from(bytes.as_slice());
            let transfer = Array::of1(&docx.buffer());
            post(scope, &object("docx", &docx), Some(&transfer));
        }
        Ok(Answer::Html(html)) => post(scope, &object("html", &JsValue::from_str(&html)), None),
        Err(e) => post(scope, &error(&e.message()), None),
    }
}

fn error(message: &Message) -> Object {
    let text = object("vi", &JsValue::from_str(&message.vi));
    set(&text, "en", &JsValue::from_str(&message.en));
    object("error", &text)
}

fn object(key: &str, value: &JsValue) -> Object {
    let o = Object::new();
    set(&o, key, value);
    o
}

fn set(o: &Object, key: &str, value: &JsValue) {
    // Setting a property on a plain object just made cannot fail.
    let _ = Reflect::set(o, &JsValue::from_str(key), value);
}

/// Posts a reply; a page that closed meanwhile is no one to tell.
fn post(scope: &DedicatedWorkerGlobalScope, message: &Object, transfer: Option<&Array>) {
    let _ = match transfer {
        Some(t) => scope.post_message_with_transfer(message, t),
        None => scope.post_message(message),
    };
}
