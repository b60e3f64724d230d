//! The .docx opened for real: LibreOffice (headless, `soffice`) converts each fixture's report to
//! text, and the text must hold the name, every section heading, and each award's year, title and
//! decision number. Skipped, saying so, only where `soffice` is not installed (scripts/setup
//! installs Debian's libreoffice-writer-nogui).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use criteria::dossier::Dossier;
use report::model::{Block, Report};

fn soffice() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("soffice"))
        .find(|candidate| candidate.is_file())
}

/// A fresh directory for one test's files (and LibreOffice's profile, so parallel runs do not
/// share one).
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dien-hinh-report-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    dir
}

/// The text LibreOffice reads from `docx`, as UTF-8.
fn libreoffice_text(soffice: &Path, dir: &Path, docx: &[u8]) -> String {
    let file = dir.join("bao-cao.docx");
    std::fs::write(&file, docx).expect("the .docx is written");
    let profile = format!("-env:UserInstallation=file://{}", dir.join("profile").display());
    let out = Command::new(soffice)
        .arg(profile)
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "txt:Text (encoded):UTF8",
            "--outdir",
        ])
        .arg(dir)
        .arg(&file)
        .output()
        .expect("soffice runs");
    let txt = dir.join("bao-cao.txt");
    assert!(
        out.status.success() && txt.is_file(),
        "LibreOffice did not convert the .docx: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read_to_string(&txt).expect("UTF-8 text")
}

/// Everything the converted text must hold: the name, the headings, and per award its year, title
/// and decision number.
fn expected(report: &Report, name: &str) -> Vec<String> {
    let mut want = vec![name.to_string(), report.title.clone(), report.header.motto.to_string()];
    for section in &report.sections {
        want.push(section.heading.clone());
        for block in &section.blocks {
            if let Block::Awards(table) = block {
                want.push(table.caption.to_string());
                for row in &table.rows {
                    want.push(row.year.to_string());
                    want.push(row.award.clone());
                    if let Some(d) = &row.decision {
                        want.push(d.number.clone());
                    }
                }
            }
        }
    }
    want
}

fn check(name: &str, dossier: &Dossier, decisions: &[&str]) {
    let Some(soffice) = soffice() else {
        eprintln!(
            "skipping {name}: soffice (LibreOffice) is not installed; scripts/setup installs libreoffice-writer-nogui"
        );
        return;
    };
    let report = report::report(dossier, common::date(), None).expect("a report");
    let bytes = report::docx::docx(&report).expect("a .docx");
    let text = libreoffice_text(&soffice, &scratch(name), &bytes);
    let missing: Vec<String> = expected(&report, &dossier.subject.name)
        .into_iter()
        .chain(decisions.iter().map(|d| d.to_string()))
        .filter(|w| !text.contains(w.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "LibreOffice's text of the {name} report lacks {missing:?}:\n{text}"
    );
}

#[test]
fn libreoffice_reads_the_individual_report() {
    check(
        "individual",
        &common::individual(),
        &[
            "15/QĐ-TNN",
            "9/QĐ-TNN",
            "210/QĐ-BTNMT",
            "Lao động tiên tiến",
            "I. SƠ LƯỢC LÝ LỊCH",
        ],
    );
}

#[test]
fn libreoffice_reads_the_collective_report() {
    check(
        "collective",
        &common::collective(),
        &[
            "88/QĐ-STNMT",
            "Tập thể lao động xuất sắc",
            "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH",
        ],
    );
}
