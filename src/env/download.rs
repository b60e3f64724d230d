//! Saving text or bytes as a file through the browser's download, with no server involved.

use app_core::transfer::DownloadError;
use wasm_bindgen::JsCast;

/// Offers `text` as a download named `file_name`.
pub(super) fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), DownloadError> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    download(file_name, mime, |options| {
        web_sys::Blob::new_with_str_sequence_and_options(&parts, options)
    })
}

/// Offers `bytes` (a .docx the report worker wrote) as a download named `file_name`.
pub(super) fn download_bytes(file_name: &str, mime: &str, bytes: &js_sys::Uint8Array) -> Result<(), DownloadError> {
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
) -> Result<(), DownloadError> {
    let refused = |e: wasm_bindgen::JsValue| DownloadError::Refused(super::js_message(&e));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = blob(&options).map_err(refused)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(refused)?;
    let anchor: web_sys::HtmlAnchorElement = leptos::prelude::document()
        .create_element("a")
        .map_err(refused)?
        .dyn_into()
        .map_err(|_| DownloadError::Refused("no anchor element".to_owned()))?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // The click has started the download; the object URL is no longer needed.
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
