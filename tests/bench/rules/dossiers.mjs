// Dossiers for the rules benchmark: valid by FORMAT.md (the CLI's validator accepts them), varied
// over every ruleset, subject kind, period, rating, title, initiative and declaration, a fifth of
// the individuals unit heads linked to a collective of their ruleset and period (now and then to a
// dossier not given), as the crate's own bench generates them (crates/criteria/benches/assess.rs).
// Revision 2 of the spec is exercised too: now and then a year entry outside the period (valid, not
// read), a year whose titles are not answered yet, and (with the benchmark's as_of in mid-2024)
// the 2025 entries and initiatives of a period that runs to 2025, typed in ahead of time.
// Deterministic: the same seed gives the same dossiers.

/** A small seeded generator (mulberry32), so every run assesses the same dossiers. */
function generator(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    below: (n) => Math.floor(next() * n),
    chance: (percent) => next() * 100 < percent,
    pick(items) { return items[this.below(items.length)]; },
  };
}

const RATINGS = ['xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh'];
const KINDS = ['sang_kien', 'de_tai', 'giai_phap', 'mo_hinh'];
const SCOPES = ['co_so', 'bo', 'toan_quoc'];
const SECTORS = ['xay_dung_dang', 'quoc_phong_an_ninh', 'tai_chinh', 'thong_tin_truyen_thong', 'cai_cach_hanh_chinh', 'doi_song_xa_hoi'];
const SECTOR_RULESET = 'stnmt-khanhhoa-2023-2025';

function dossier(rng, catalogue, index) {
  const ruleset = rng.pick(catalogue.rulesets);
  const kind = rng.pick(ruleset.subjects);
  const [first, last] = ruleset.span;
  const from = first + rng.below(last - first + 1);
  const to = from + rng.below(last - from + 1);
  const ladder = catalogue.subject_ladders[kind];
  const ownTitles = Object.entries(catalogue.titles)
    .filter(([, t]) => t.ladder === ladder || t.ladder === 'commendation')
    .map(([code]) => code);
  const goodTitle = kind === 'tap_the' ? 'tt_lao_dong_xuat_sac' : 'cstd_co_so';
  const years = [];
  // A year before the period, kept from an earlier one: valid, and not read by the period's rules.
  const earliest = rng.chance(15) ? from - 1 : from;
  for (let year = earliest; year <= to; year++) {
    if (!rng.chance(90)) continue;
    const entry = {
      year,
      rating: rng.chance(85) ? (rng.chance(80) ? 'xuat_sac' : rng.pick(RATINGS)) : null,
      titles: rng.chance(80) ? [goodTitle, 'giay_khen'] : [rng.pick(ownTitles)],
      plan_completion_pct: rng.chance(70) ? 90 + rng.below(30) : null,
      evidence: `QĐ khen thưởng năm ${year}`,
    };
    // A rating entered first, the titles not answered yet.
    if (rng.chance(5)) Object.assign(entry, { titles: [], titles_answered: false });
    years.push(entry);
  }
  const initiatives = rng.chance(90)
    ? Array.from({ length: rng.below(4) }, () => ({
      title: 'Số hóa hồ sơ', kind: rng.pick(KINDS), year: from + rng.below(to - from + 1), scope: rng.pick(SCOPES), evidence: '',
    }))
    : null;
  const declarations = {};
  for (const c of ruleset.criteria) {
    if (c.rule.kind !== 'declared') continue;
    const answered = rng.chance(95);
    const met = rng.chance(95);
    if (answered) declarations[c.id] = { met, evidence: 'Biên bản' };
  }
  return {
    format: 'dien-hinh.dossier',
    format_version: 1,
    id: `d-${String(index).padStart(5, '0')}`,
    created_at: '2025-03-02T08:15:00Z',
    updated_at: '2025-03-02T08:15:00Z',
    ruleset: ruleset.id,
    period: { from, to },
    subject: {
      kind,
      name: `Hồ sơ ${index}`,
      unit: 'Cục Quản lý tài nguyên nước',
      position: '',
      unit_head: kind === 'ca_nhan' && rng.chance(20),
      unit_dossier: null,
      sector: ruleset.id === SECTOR_RULESET && rng.chance(50) ? rng.pick(SECTORS) : null,
    },
    years,
    initiatives,
    declarations,
    notes: '',
  };
}

/** `count` dossiers over the catalogue's rulesets (the object criteria-wasm's `catalogue()` returns). */
export function generateDossiers(catalogue, count, seed = 2025) {
  const rng = generator(seed);
  const all = Array.from({ length: count }, (_, i) => dossier(rng, catalogue, i));
  const collectives = all.filter((d) => d.subject.kind === 'tap_the');
  for (const d of all.filter((x) => x.subject.unit_head)) {
    const same = collectives.filter((c) => c.ruleset === d.ruleset && c.period.from === d.period.from && c.period.to === d.period.to);
    d.subject.unit_dossier = !rng.chance(5) && same.length ? rng.pick(same).id : 'not-given';
  }
  return all;
}
