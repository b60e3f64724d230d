//! Entry point of the web app: installs the panic hook, mounts [`dien_hinh_app::App`], and takes
//! the first paint away.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(dien_hinh_app::App);
    remove_first_paint();
}

/// Removes the static first paint of index.html (every element marked `data-first-paint`), which
/// showed the page while the wasm was on its way. It runs in the same task as the mount, so the
/// browser never paints a frame with both or with neither: the app replaces it without a flash.
fn remove_first_paint() {
    let Ok(nodes) = leptos::prelude::document().query_selector_all("[data-first-paint]") else {
        return;
    };
    for index in 0..nodes.length() {
        if let Some(node) = nodes.item(index) {
            if let Some(parent) = node.parent_node() {
                let _ = parent.remove_child(&node);
            }
        }
    }
}
