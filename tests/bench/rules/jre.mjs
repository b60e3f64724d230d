// The criteria crate's rules as json-rules-engine rules: the "json-rules-engine" of the benchmark
// (tests/bench/rules.mjs). The criteria come from the catalogue the crate exports; each criterion
// becomes up to three rules, one per status other than `met` (not_met, unknown, pending), whose
// conditions are written, as the engine means them to be, as data over small facts of the dossier
// (the rating of year Y, whether year Y has ended, the declaration of criterion C…). The year
// conditions are unrolled over the period's years, so there is one engine per ruleset, period and
// set of applicable criteria, built once. A criterion's status is the most severe status whose rule
// fired, else `met`, as CRITERIA.md's precedence reads. The facts read the dossier as it could be
// known on `as_of` (CRITERIA.md, "What `as_of` can see"), through hand.mjs's helpers. The verdict
// (with its cap) and the rank key are computed from the statuses as in hand.mjs.
import jre from 'json-rules-engine';
import { answeredTitles, applicable, entryOf, judgingRuleset, rankKey, seenInitiatives, verdictFor } from './hand.mjs';

const { Engine } = jre;
const SEVERITY = { not_met: 3, unknown: 2, pending: 1 };

const fact = (name, operator, value, params) => ({ fact: name, operator, value, ...(params ? { params } : {}) });
const ended = (year, value = true) => fact('ended', 'equal', value, { year });
const yearsOf = ({ from, to }) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The conditions under which a criterion has each status other than `met`. */
function conditionsOf(catalogue, criterion, period) {
  const { rule, id } = criterion;
  const years = yearsOf(period);
  switch (rule.kind) {
    case 'declared':
      return {
        not_met: { all: [fact('declared', 'equal', false, { id })] },
        unknown: { all: [fact('declared', 'equal', null, { id })] },
      };
    case 'rating_each_year':
      return {
        not_met: { any: years.map((year) => ({ all: [ended(year), fact('rating', 'notIn', [null, rule.rating], { year })] })) },
        unknown: { any: years.map((year) => ({ all: [ended(year), fact('rating', 'equal', null, { year })] })) },
        pending: { any: years.map((year) => ({ all: [ended(year, false), fact('rating', 'notEqual', rule.rating, { year })] })) },
      };
    case 'title_each_year': {
      const want = catalogue.titles[rule.title];
      const satisfying = Object.entries(catalogue.titles)
        .filter(([, t]) => t.ladder === want.ladder && t.rung >= want.rung)
        .map(([code]) => code);
      const held = (year) => ({ any: satisfying.map((t) => fact('titles', 'contains', t, { year })) });
      return {
        not_met: { any: years.map((year) => ({ all: [ended(year), fact('hasEntry', 'equal', true, { year }), { not: held(year) }] })) },
        unknown: { any: years.map((year) => ({ all: [ended(year), fact('hasEntry', 'equal', false, { year })] })) },
        pending: { any: years.map((year) => ({ all: [ended(year, false), { not: held(year) }] })) },
      };
    }
    case 'initiative_in_period': {
      const counted = { any: rule.kinds.map((k) => fact('initiativeKindsInPeriod', 'contains', k)) };
      return {
        unknown: { all: [fact('initiativesFilled', 'equal', false)] },
        not_met: { all: [fact('initiativesFilled', 'equal', true), { not: counted }, ended(period.to)] },
        pending: { all: [fact('initiativesFilled', 'equal', true), { not: counted }, ended(period.to, false)] },
      };
    }
    case 'plan_completion': {
      const year = rule.year;
      return {
        not_met: { all: [ended(year), fact('planPct', 'notEqual', null, { year }), fact('planPct', 'lessThan', rule.min_pct, { year })] },
        unknown: { all: [ended(year), fact('planPct', 'equal', null, { year })] },
        pending: { all: [ended(year, false), { not: fact('planPct', 'greaterThanInclusive', rule.min_pct, { year }) }] },
      };
    }
    case 'unit_eligible':
      return {
        unknown: { any: [fact('unitLinked', 'equal', false), { all: [fact('unitMatches', 'equal', true), fact('unitVerdict', 'equal', 'incomplete')] }] },
        not_met: { all: [fact('unitLinked', 'equal', true), { any: [fact('unitMatches', 'equal', false), fact('unitVerdict', 'equal', 'not_eligible')] }] },
        pending: { all: [fact('unitLinked', 'equal', true), fact('unitMatches', 'equal', true), fact('unitVerdict', 'equal', 'on_track')] },
      };
    default:
      throw new Error(`unknown rule kind ${rule.kind}`);
  }
}

/** The facts the conditions read, computed from the run's `dossier`, `asOfYear` and `batch`. */
function addFacts(engine, assess) {
  const dossier = (almanac) => almanac.factValue('dossier');
  const entry = async (almanac, year) => entryOf(await dossier(almanac), year, await almanac.factValue('asOfYear'));
  const linked = async (almanac) => {
    const own = await dossier(almanac);
    const link = own.subject.unit_dossier;
    if (link == null) return null;
    const other = (await almanac.factValue('batch')).byId.get(link);
    return other && other.id !== own.id ? other : null;
  };
  engine.addFact('ended', async ({ year }, almanac) => (await almanac.factValue('asOfYear')) > year);
  engine.addFact('rating', async ({ year }, almanac) => (await entry(almanac, year))?.rating ?? null);
  // A year whose titles are not answered reads as a year with no entry, for the title rules.
  engine.addFact('hasEntry', async ({ year }, almanac) => answeredTitles(await entry(almanac, year)) !== null);
  engine.addFact('titles', async ({ year }, almanac) => answeredTitles(await entry(almanac, year)) ?? []);
  engine.addFact('planPct', async ({ year }, almanac) => (await entry(almanac, year))?.plan_completion_pct ?? null);
  engine.addFact('declared', async ({ id }, almanac) => (await dossier(almanac)).declarations[id]?.met ?? null);
  engine.addFact('initiativesFilled', async (_, almanac) => (await dossier(almanac)).initiatives != null);
  engine.addFact('initiativeKindsInPeriod', async (_, almanac) => {
    const own = await dossier(almanac);
    const { period } = own;
    const seen = seenInitiatives(own, await almanac.factValue('asOfYear')) ?? [];
    return seen.filter((i) => period.from <= i.year && i.year <= period.to).map((i) => i.kind);
  });
  engine.addFact('unitLinked', async (_, almanac) => (await linked(almanac)) !== null);
  engine.addFact('unitMatches', async (_, almanac) => {
    const [own, other] = [await dossier(almanac), await linked(almanac)];
    return other !== null && other.subject.kind === 'tap_the' && other.ruleset === own.ruleset
      && other.period.from === own.period.from && other.period.to === own.period.to;
  });
  // The unit's own assessment, by the same engines, with no other dossiers (as the crate does).
  engine.addFact('unitVerdict', async (_, almanac) => {
    const other = await linked(almanac);
    return other ? (await assess(other, { byId: new Map() })).verdict : null;
  });
}

/** An assessor that keeps one engine per ruleset, period and set of applicable criteria. */
export function jsonRulesEngine(catalogue, asOf) {
  const rulesets = new Map(catalogue.rulesets.map((r) => [r.id, r]));
  const asOfYear = Number(asOf.slice(0, 4));
  const engines = new Map();

  const engineFor = (criteria, period) => {
    const key = `${period.from}-${period.to}|${criteria.map((c) => c.id).join(',')}`;
    let engine = engines.get(key);
    if (!engine) {
      engine = new Engine([], { allowUndefinedFacts: false });
      addFacts(engine, assess);
      for (const criterion of criteria) {
        for (const [status, conditions] of Object.entries(conditionsOf(catalogue, criterion, period))) {
          engine.addRule({
            name: `${criterion.id} ${status}`,
            priority: SEVERITY[status],
            conditions,
            event: { type: 'status', params: { criterion: criterion.id, status } },
          });
        }
      }
      engines.set(key, engine);
    }
    return engine;
  };

  async function assess(dossier, batch) {
    const ruleset = judgingRuleset(rulesets, dossier);
    if (!ruleset) return { verdict: 'not_eligible', statuses: [] };
    const criteria = applicable(ruleset, dossier.subject);
    const { events } = await engineFor(criteria, dossier.period).run({ dossier, asOfYear, batch });
    const worst = new Map();
    for (const { params: { criterion, status } } of events) {
      if ((SEVERITY[status] ?? 0) > (SEVERITY[worst.get(criterion)] ?? 0)) worst.set(criterion, status);
    }
    const statuses = criteria.map((c) => worst.get(c.id) ?? 'met');
    return { verdict: verdictFor(statuses, dossier.period, asOfYear), statuses };
  }

  return {
    /** Assesses every dossier, links resolved among all of them; same results as hand.mjs's assessAll. */
    async assessAll(dossiers) {
      const byId = new Map();
      for (const d of dossiers) if (!byId.has(d.id)) byId.set(d.id, d);
      const results = [];
      for (const d of dossiers) {
        const { verdict, statuses } = await assess(d, { byId });
        results.push({ verdict, statuses, rankKey: rankKey(catalogue, d, verdict, asOfYear) });
      }
      return results;
    },
    engines: () => engines.size,
  };
}
