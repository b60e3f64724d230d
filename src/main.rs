//! Entry point of the web app: installs the panic hook and mounts [`dien_hinh_app::App`].

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(dien_hinh_app::App);
}
