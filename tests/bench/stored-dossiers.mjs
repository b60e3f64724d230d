// The stored dossiers of the browser benchmarks (workspace.mjs, load.mjs): a thousand varied
// dossiers over every ruleset and subject kind, deterministic, and the local storage entries the
// app's store keeps them in (src/storage/record.rs: `dien-hinh:dossier:<id>` and the index).
import { dossier } from '../e2e/fixtures.mjs';

const RULESETS = [
  ['btnmt-dhtt-2023-2025', { from: 2023, to: 2025 }, ['ca_nhan', 'tap_the']],
  ['btnmt-dhtt-2021-2025', { from: 2021, to: 2023 }, ['ca_nhan', 'tap_the']],
  ['stnmt-khanhhoa-2023-2025', { from: 2024, to: 2024 }, ['ca_nhan', 'tap_the', 'ho_gia_dinh']],
  ['btnmt-thidua-2021', { from: 2021, to: 2021 }, ['ca_nhan', 'tap_the']],
];
const RATINGS = ['xuat_sac', 'tot', 'hoan_thanh', null];

/** The ruleset ids the dossiers use, in the order they cycle through. */
export const RULESET_IDS = RULESETS.map(([id]) => id);

/** `count` varied dossiers, deterministic. */
export function storedDossiers(count) {
  return Array.from({ length: count }, (_, i) => {
    const [ruleset, period, kinds] = RULESETS[i % RULESETS.length];
    const kind = kinds[i % kinds.length];
    const years = [];
    for (let y = period.from; y <= period.to; y++) {
      const title = kind === 'tap_the' ? 'tt_lao_dong_xuat_sac' : 'cstd_co_so';
      years.push({ year: y, rating: kind === 'ho_gia_dinh' ? null : RATINGS[(i + y) % 4], titles: (i + y) % 3 ? [title] : [], plan_completion_pct: null, evidence: '' });
    }
    return dossier({
      id: `d-bench-${String(i).padStart(4, '0')}`,
      ruleset, period, years,
      subject: { kind, name: `Hồ sơ thử ${i}`, unit: `Đơn vị ${i % 17}`, position: '' },
      initiatives: i % 5 ? [{ title: 'Sáng kiến', kind: 'sang_kien', year: period.to, scope: 'co_so', evidence: '' }] : null,
    });
  });
}

/** The local storage entries (name, value) that hold `dossiers` as the app stores them. */
export function storageEntries(dossiers) {
  return [
    ...dossiers.map((d) => ({ name: `dien-hinh:dossier:${d.id}`, value: JSON.stringify({ revision: 1, dossier: d }) })),
    {
      name: 'dien-hinh:index',
      value: JSON.stringify({ format: 'dien-hinh.store-index', format_version: 1, ids: dossiers.map((d) => d.id) }),
    },
  ];
}
