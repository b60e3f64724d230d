// The published JSON Schemas (public/schemas/) against what the code really writes: the sample
// export, and the assessments `dien-hinh assess` prints for the criteria crate's scenario
// dossiers; and a few wrong documents that the schemas must refuse. Not a browser test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaValidators } from './schema-validators.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'target/debug/dien-hinh');
const SCENARIOS = join(ROOT, 'target/debug/examples/scenario_dossiers');
const read = (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

const validate = schemaValidators();

function assertValid(check, doc, what) {
  assert.ok(check(doc), `${what}: ${JSON.stringify(check.errors, null, 1)}`);
}

test('the sample export and dossier file validate against the schemas', () => {
  assertValid(validate.export, read('examples/export.json'), 'examples/export.json');
  const dossiers = read('examples/dossier.json');
  for (const d of Array.isArray(dossiers) ? dossiers : [dossiers]) assertValid(validate.dossier, d, d.id);
});

test('every scenario dossier and the assessment dien-hinh prints for it validate', { skip: !(existsSync(CLI) && existsSync(SCENARIOS)) && 'target/debug/dien-hinh or the scenario_dossiers example is not built' }, () => {
  // The scenario cases are short YAML; the criteria crate's example expands them into the very
  // dossiers its scenario tests assess (all valid input).
  const dir = mkdtempSync(join(tmpdir(), 'dien-hinh-schemas-'));
  execFileSync(SCENARIOS, [dir], { encoding: 'utf8', stdio: 'pipe' });
  const days = JSON.parse(readFileSync(join(dir, 'as_of.json'), 'utf8'));
  let checked = 0;
  for (const [name, asOf] of Object.entries(days)) {
    const file = join(dir, `${name}.json`);
    for (const d of JSON.parse(readFileSync(file, 'utf8'))) assertValid(validate.dossier, d, `${name}: ${d.id}`);
    const out = execFileSync(CLI, ['assess', '--as-of', asOf, file], { encoding: 'utf8', stdio: 'pipe' });
    for (const line of out.trim().split('\n')) {
      assertValid(validate.assessment, JSON.parse(line), `${name}: assessment`);
      checked += 1;
    }
  }
  assert.ok(checked >= 50, `only ${checked} assessments checked`);
});

test('wrong documents are refused by the schemas', () => {
  const good = read('examples/export.json');
  const dossier = good.dossiers[0];
  const wrong = [
    ['an unknown title', { ...dossier, years: [{ year: 2023, rating: 'tot', titles: ['cstd_xyz'] }] }],
    ['an id with a space', { ...dossier, id: 'd 1' }],
    ['an empty name', { ...dossier, subject: { ...dossier.subject, name: '' } }],
    ['a plan completion over 1000', { ...dossier, years: [{ year: 2023, plan_completion_pct: 1001 }] }],
    ['an unknown ruleset', { ...dossier, ruleset: 'btnmt-xyz' }],
    ['a newer format version', { ...dossier, format_version: 2 }],
    ['a date-only timestamp', { ...dossier, created_at: '2025-03-02' }],
    ['a birth date written dd/mm/yyyy', { ...dossier, profile: { birth_date: '12/04/1985' } }],
    ['an unknown gender', { ...dossier, profile: { gender: 'khac' } }],
    ['a home town over 300 characters', { ...dossier, profile: { home_town: 'x'.repeat(301) } }],
    ['a negative staff count', { ...dossier, profile: { staff_count: -1 } }],
  ];
  for (const [what, doc] of wrong) assert.equal(validate.dossier(doc), false, what);
  assert.equal(validate.export({ ...good, as_of: '30/06/2025' }), false, 'an as_of that is not YYYY-MM-DD');
  assert.equal(
    validate.export({ ...good, assessments: [{ ...good.assessments[0], verdict: 'maybe' }] }),
    false,
    'an unknown verdict',
  );
  assert.equal(validate.assessment({ ...good.assessments[0], rank_key: [-1] }), false, 'a negative rank key');
  assertValid(
    validate.dossier,
    { ...dossier, profile: { birth_date: '1985-04-12', gender: 'nu', home_town: 'Ninh Hòa', staff_count: 12, duties: null } },
    'a dossier with a profile',
  );
  // Added fields are allowed (FORMAT.md: "Code may add fields").
  assertValid(validate.export, { ...good, receiver_note: 'ok' }, 'an added field');
});
