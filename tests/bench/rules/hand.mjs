// The criteria crate's rules written by hand in plain JavaScript: the "hand-written JS" of the
// benchmark (tests/bench/rules.mjs). It reads the catalogue the crate exports (criteria-wasm's
// `catalogue()`), so the criteria, their reach and their parameters are the crate's own; only the
// six rule kinds of CRITERIA.md ("Rule kinds"), what an assessment as of a date can see, the verdict
// (with its cap) and the rank key are written here, as crates/criteria/src/rules/ decides them,
// without the bilingual detail texts. The benchmark checks that every dossier gets the same
// statuses, verdict and rank key as from the crate.

const MET = 'met';
const NOT_MET = 'not_met';
const UNKNOWN = 'unknown';
const PENDING = 'pending';
const SCOPE_RANK = { co_so: 1, bo: 2, toan_quoc: 3 };
const VERDICT_RANK = { eligible: 3, on_track: 2, incomplete: 1, not_eligible: 0 };

/** FORMAT.md's verdict from statuses; also the precedence each rule reads its parts in. */
export function verdictOf(statuses) {
  let unknown = false;
  let pending = false;
  for (const s of statuses) {
    if (s === NOT_MET) return 'not_eligible';
    if (s === UNKNOWN) unknown = true;
    else if (s === PENDING) pending = true;
  }
  return unknown ? 'incomplete' : pending ? 'on_track' : 'eligible';
}

/** The verdict of a dossier: what the statuses say, at best `on_track` until the period's last year has ended. */
export function verdictFor(statuses, period, asOfYear) {
  const verdict = verdictOf(statuses);
  return verdict === 'eligible' && asOfYear <= period.to ? 'on_track' : verdict;
}

const PRECEDENCE = { not_eligible: NOT_MET, incomplete: UNKNOWN, on_track: PENDING, eligible: MET };
const byPrecedence = (parts) => PRECEDENCE[verdictOf(parts)];

/**
 * The entry of `year` as the period's rules read it (CRITERIA.md, "What `as_of` can see"): only a
 * year of the period that has begun by `as_of`, and the first entry of that year.
 */
export function entryOf(dossier, year, asOfYear) {
  const { from, to } = dossier.period;
  if (year < from || year > to || year > asOfYear) return undefined;
  return dossier.years.find((e) => e.year === year);
}

/** The titles of an entry, or null while they are not answered (`titles_answered: false`). */
export const answeredTitles = (entry) => (entry && entry.titles_answered !== false ? entry.titles : null);

/** The initiatives known on `as_of` (dated up to its year), or null while the section is not filled in. */
export const seenInitiatives = (dossier, asOfYear) => dossier.initiatives?.filter((i) => i.year <= asOfYear) ?? null;

/** The criteria of a ruleset that apply to a subject, in catalogue order. */
export function applicable(ruleset, subject) {
  return ruleset.criteria.filter(({ applies }) => {
    if (applies === 'unit_head') return subject.kind === 'ca_nhan' && subject.unit_head;
    if (applies === 'sector_set') return subject.sector != null;
    return applies.subjects.includes(subject.kind);
  });
}

/** The ruleset a dossier can be judged against, or null (unknown id, kind not covered, period outside the span). */
export function judgingRuleset(rulesets, dossier) {
  const ruleset = rulesets.get(dossier.ruleset);
  if (!ruleset) return null;
  const { from, to } = dossier.period;
  const ok = ruleset.subjects.includes(dossier.subject.kind) && ruleset.span[0] <= from && from <= to && to <= ruleset.span[1];
  return ok ? ruleset : null;
}

/** CRITERIA.md's rank key: verdict, highest title on the subject's ladder and its years, commendation, initiative scope and count. */
export function rankKey(catalogue, dossier, verdict, asOfYear) {
  const { from, to } = dossier.period;
  const seen = new Set();
  const entries = [];
  for (const e of dossier.years) {
    if (e.year < from || e.year > to || e.year > asOfYear || seen.has(e.year)) continue;
    seen.add(e.year);
    entries.push(answeredTitles(e) ?? []);
  }
  const ladder = catalogue.subject_ladders[dossier.subject.kind];
  const highestOn = (wanted) => {
    let best = 0;
    for (const titles of entries) for (const t of titles) {
      const info = catalogue.titles[t];
      if (info.ladder === wanted && info.rung > best) best = info.rung;
    }
    return best;
  };
  const title = highestOn(ladder);
  const years = title === 0 ? 0 : entries.filter((titles) => titles.some((t) => {
    const info = catalogue.titles[t];
    return info.ladder === ladder && info.rung === title;
  })).length;
  const inPeriod = (seenInitiatives(dossier, asOfYear) ?? []).filter((i) => from <= i.year && i.year <= to);
  const scope = inPeriod.reduce((m, i) => Math.max(m, SCOPE_RANK[i.scope]), 0);
  return [VERDICT_RANK[verdict], title, years, highestOn('commendation'), scope, inPeriod.length];
}

/** A rule judged year by year over the period, then by precedence. */
function yearly(dossier, asOfYear, judge) {
  const parts = [];
  for (let year = dossier.period.from; year <= dossier.period.to; year++) {
    parts.push(judge(entryOf(dossier, year, asOfYear), asOfYear > year));
  }
  return byPrecedence(parts);
}

function ratingEachYear(rating, dossier, asOfYear) {
  return yearly(dossier, asOfYear, (entry, ended) => {
    const got = entry?.rating ?? null;
    if (got === rating) return MET;
    if (!ended) return PENDING;
    return got === null ? UNKNOWN : NOT_MET;
  });
}

function titleEachYear(catalogue, title, dossier, asOfYear) {
  const want = catalogue.titles[title];
  return yearly(dossier, asOfYear, (entry, ended) => {
    const titles = answeredTitles(entry);
    const held = titles?.some((t) => {
      const info = catalogue.titles[t];
      return info.ladder === want.ladder && info.rung >= want.rung;
    });
    if (held) return MET;
    if (!ended) return PENDING;
    return titles ? NOT_MET : UNKNOWN;
  });
}

function initiativeInPeriod(kinds, dossier, asOfYear) {
  const list = seenInitiatives(dossier, asOfYear);
  if (list == null) return UNKNOWN;
  const { from, to } = dossier.period;
  if (list.some((i) => kinds.includes(i.kind) && from <= i.year && i.year <= to)) return MET;
  return asOfYear > to ? NOT_MET : PENDING;
}

function planCompletion(year, minPct, dossier, asOfYear) {
  const pct = entryOf(dossier, year, asOfYear)?.plan_completion_pct ?? null;
  if (pct !== null && pct >= minPct) return MET;
  if (asOfYear > year) return pct === null ? UNKNOWN : NOT_MET;
  return PENDING;
}

function unitEligible(context, dossier) {
  const link = dossier.subject.unit_dossier;
  if (link == null) return UNKNOWN;
  const linked = context.byId.get(link);
  if (!linked || linked.id === dossier.id) return UNKNOWN;
  if (linked.subject.kind !== 'tap_the' || linked.ruleset !== dossier.ruleset
    || linked.period.from !== dossier.period.from || linked.period.to !== dossier.period.to) return NOT_MET;
  // The unit is assessed on its own, as the crate does (no others), its verdict capped as any.
  const { verdict } = assessOne({ ...context, byId: new Map() }, linked);
  return PRECEDENCE[verdict];
}

function statusOf(context, criterion, dossier) {
  const { rule } = criterion;
  const { asOfYear, catalogue } = context;
  switch (rule.kind) {
    case 'declared': {
      const met = dossier.declarations[criterion.id]?.met;
      return met === true ? MET : met === false ? NOT_MET : UNKNOWN;
    }
    case 'rating_each_year': return ratingEachYear(rule.rating, dossier, asOfYear);
    case 'title_each_year': return titleEachYear(catalogue, rule.title, dossier, asOfYear);
    case 'initiative_in_period': return initiativeInPeriod(rule.kinds, dossier, asOfYear);
    case 'plan_completion': return planCompletion(rule.year, rule.min_pct, dossier, asOfYear);
    case 'unit_eligible': return unitEligible(context, dossier);
    default: throw new Error(`unknown rule kind ${rule.kind}`);
  }
}

function assessOne(context, dossier) {
  const ruleset = judgingRuleset(context.rulesets, dossier);
  if (!ruleset) return { verdict: 'not_eligible', statuses: [] };
  const statuses = applicable(ruleset, dossier.subject).map((c) => statusOf(context, c, dossier));
  return { verdict: verdictFor(statuses, dossier.period, context.asOfYear), statuses };
}

/** Assesses every dossier as of `asOf` (YYYY-MM-DD), links resolved among all of them (the first of an id). */
export function assessAll(catalogue, dossiers, asOf) {
  const byId = new Map();
  for (const d of dossiers) if (!byId.has(d.id)) byId.set(d.id, d);
  const asOfYear = Number(asOf.slice(0, 4));
  const context = {
    catalogue,
    rulesets: new Map(catalogue.rulesets.map((r) => [r.id, r])),
    asOfYear,
    byId,
  };
  return dossiers.map((d) => {
    const { verdict, statuses } = assessOne(context, d);
    return { verdict, statuses, rankKey: rankKey(catalogue, d, verdict, asOfYear) };
  });
}
