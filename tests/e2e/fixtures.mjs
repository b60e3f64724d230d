// Dossiers for the end-to-end tests, and a way to put them in a page's local storage in the
// stored format (src/storage/record.rs): `dien-hinh:dossier:<id>` → {revision, dossier}, plus the index.

/** A dossier per FORMAT.md, with every field; `overrides` replace top-level fields. */
export function dossier(overrides = {}) {
  const base = {
    format: 'dien-hinh.dossier',
    format_version: 1,
    id: 'd-test-0001',
    created_at: '2026-01-05T08:00:00Z',
    updated_at: '2026-01-05T08:00:00Z',
    ruleset: 'btnmt-dhtt-2023-2025',
    period: { from: 2023, to: 2025 },
    subject: {
      kind: 'ca_nhan', name: 'Nguyễn Thị Hoa', unit: 'Cục Quản lý tài nguyên nước',
      position: 'Chuyên viên chính', unit_head: false, unit_dossier: null, sector: null,
    },
    years: [2023, 2024, 2025].map((year) => ({
      year, rating: null, titles: [], plan_completion_pct: null, evidence: '',
    })),
    initiatives: null,
    declarations: {},
    notes: '',
  };
  return { ...base, ...overrides, subject: { ...base.subject, ...(overrides.subject ?? {}) } };
}

/** Writes `dossiers` into the page's local storage (the page must be on the app's origin). */
export async function seed(page, dossiers, extra = {}) {
  await page.evaluate(({ dossiers, extra }) => {
    for (const d of dossiers) {
      localStorage.setItem(`dien-hinh:dossier:${d.id}`, JSON.stringify({ revision: 1, dossier: d }));
    }
    localStorage.setItem('dien-hinh:index', JSON.stringify({
      format: 'dien-hinh.store-index', format_version: 1, ids: dossiers.map((d) => d.id),
    }));
    for (const [key, value] of Object.entries(extra)) localStorage.setItem(key, value);
  }, { dossiers, extra });
}

/** The stored record of dossier `id`, parsed. */
export async function stored(page, id) {
  return page.evaluate((id) => JSON.parse(localStorage.getItem(`dien-hinh:dossier:${id}`)), id);
}
