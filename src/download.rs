//! Saving text or bytes as a file through the browser's download, with no server involved.

use wasm_bindgen::JsCast;

/// Offers `text` as a download named `file_name`. Errors carry the browser's message. A kiosk
/// refuses: no file may be left on it (the controls are hidden there too; this is the backstop).
pub fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    download(file_name, mime, |options| {
        web_sys::Blob::new_with_str_sequence_and_options(&parts, options)
    })
}

/// Offers `bytes` (a .docx the report worker wrote) as a download named `file_name`; like
/// [`download_text`], refused in a kiosk.
pub fn download_bytes(file_name: &str, mime: &str, bytes: &js_sys::Uint8Array) -> Result<(), String> {
    let parts = js_sys::Array::of1(bytes);
    download(file_name, mime, |options| {
        web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, options)
    })
}

/// Makes the Blob with `blob` and clicks a link that downloads it.
fn download(
    file_name: &str,
    mime: &str,
    blob: impl FnOnce(&web_sys::BlobPropertyBag) -> Result<web_sys::Blob, wasm_bindgen::JsValue>,
) -> Result<(), String> {
    if crate::kiosk::is_active() {
        return Err(crate::i18n::msg::kiosk::EXPORT_OFF.vi.to_owned());
    }
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = blob(&options).map_err(js_error)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(js_error)?;
    let document = leptos::prelude::document();
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(js_error)?
        .dyn_into()
        .map_err(|_| "not an anchor".to_owned())?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // The click has started the download; the object URL is no longer needed.
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

fn js_error(e: wasm_bindgen::JsValue) -> String {
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}
