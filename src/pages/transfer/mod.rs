//! The screens of moving dossiers in and out: the export controls of the list and the editor, the
//! backup reminder, the import page, and the printable report. The logic is in
//! `app_core::transfer`.

mod export_controls;
mod import;
mod print;

pub use export_controls::{export_dossiers, BackupNotice, ExportBar, ExportThis};
pub use import::ImportPage;
pub use print::PrintReport;
