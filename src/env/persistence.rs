//! Asking the browser to keep our data (`navigator.storage.persist()`), and how much of the
//! quota is used (`navigator.storage.estimate()`). Both are best effort: browsers may refuse or
//! lack the API, and the app works the same without them.

use wasm_bindgen_futures::JsFuture;

/// What the browser said about this site's storage.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct StorageReport {
    /// Whether the browser promised not to clear our data under pressure; None if unknown.
    pub persisted: Option<bool>,
    pub usage_bytes: Option<f64>,
    pub quota_bytes: Option<f64>,
}

/// Requests persistence, then reads the estimate.
pub async fn request_persistence() -> StorageReport {
    let Some(manager) = web_sys::window().map(|w| w.navigator().storage()) else {
        return StorageReport::default();
    };
    let persisted = match manager.persist() {
        Ok(promise) => JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()),
        Err(_) => None,
    };
    let (usage_bytes, quota_bytes) = match manager.estimate() {
        Ok(promise) => match JsFuture::from(promise).await {
            Ok(value) => {
                let estimate: web_sys::StorageEstimate = value.into();
                (estimate.get_usage(), estimate.get_quota())
            }
            Err(_) => (None, None),
        },
        Err(_) => (None, None),
    };
    StorageReport {
        persisted,
        usage_bytes,
        quota_bytes,
    }
}
