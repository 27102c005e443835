#!/usr/bin/env node
// Fuzz run over the two parsers that take untrusted input: the URL parser (`parseUrl` in
// src/stores/url-codec.ts — every pasted link goes through it) and the tour-file checker
// (`checkTour` in src/domain/tour.ts — every imported file and localStorage tour does).
// Benchmark-style: N generated cases per property (default 10 000) with fast-check; prints
// cases, failures with the shrunk counterexample, and time per property; exits 1 on a failure.
//
// The modules are TypeScript, so they are loaded through Vite's SSR module loader (a
// middleware-mode server that never listens), closed at the end.
//
// Usage: node scripts/fuzz.mjs [--runs 10000] [--seed N]
import fc from 'fast-check';
import { createServer } from 'vite';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const RUNS = opt('--runs', 10000);
const SEED = opt('--seed', Date.now() ^ (Math.random() * 0x100000000));
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error('fuzz: --runs must be a positive integer');
  process.exit(2);
}

/* ---------- helpers ---------- */

/** Structural equality of JSON-like values (primitives by Object.is, arrays, plain objects). */
function deepEqual(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
}

/** Throws with a message naming the broken invariant (fast-check reports it with the counterexample). */
function ensure(cond, message) {
  if (!cond) throw new Error(message);
}

/** `values` is a subset of `allowed`, in `allowed`'s order, without repeats. */
function isCanonicalSubset(values, allowed) {
  if (!Array.isArray(values)) return false;
  let last = -1;
  for (const v of values) {
    const i = allowed.indexOf(v);
    if (i <= last) return false;
    last = i;
  }
  return true;
}

/* ---------- load the TypeScript modules ---------- */

const server = await createServer({
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  logLevel: 'warn',
  optimizeDeps: { noDiscovery: true, include: [] },
});

const results = [];
let exitCode = 0;
try {
  const codec = await server.ssrLoadModule('/src/stores/url-codec.ts');
  const tour = await server.ssrLoadModule('/src/domain/tour.ts');
  const { parseUrl, serializeUrl, FILTER_PARAMS, MIN_INTERVAL, MAX_INTERVAL, MAX_SCENE } = codec;
  const { checkTour, tourFile, PANELS, MAX_SCENES, TOUR_FORMAT, TOUR_VERSION } = tour;
  const DIMS = Object.keys(FILTER_PARAMS);
  const DISTRICT_CODES = FILTER_PARAMS.districts.values;
  const REASONS = ['unknown-param', 'unknown-value', 'duplicate-param'];

  /* ---------- invariants ---------- */

  function checkViewState(s) {
    ensure(s && typeof s === 'object', 'state is not an object');
    ensure(s.lang === 'zh-CN' || s.lang === 'en', `unknown lang ${JSON.stringify(s.lang)}`);
    ensure(s.mode === 'explore' || s.mode === 'present', `unknown mode ${JSON.stringify(s.mode)}`);
    ensure(s.measure === 'amount' || s.measure === 'count', `unknown measure ${JSON.stringify(s.measure)}`);
    ensure(Number.isInteger(s.interval) && (s.interval === 0 || (s.interval >= MIN_INTERVAL && s.interval <= MAX_INTERVAL)), `interval out of range: ${s.interval}`);
    ensure(s.scene === null || (Number.isInteger(s.scene) && s.scene >= 1 && s.scene <= MAX_SCENE), `scene out of range: ${s.scene}`);
    ensure(deepEqual(Object.keys(s.filters).sort(), [...DIMS].sort()), `unexpected filter keys ${Object.keys(s.filters)}`);
    for (const d of DIMS) ensure(isCanonicalSubset(s.filters[d], FILTER_PARAMS[d].values), `filters.${d} not a canonical subset of known values: ${JSON.stringify(s.filters[d])}`);
  }

  function checkParsed(r) {
    checkViewState(r.state);
    ensure(Array.isArray(r.dropped), 'dropped is not a list');
    for (const d of r.dropped) ensure(REASONS.includes(d.reason) && typeof d.param === 'string' && typeof d.value === 'string', `bad dropped entry ${JSON.stringify(d)}`);
    // Idempotence: the state survives a round trip through the URL, and nothing is dropped.
    const again = parseUrl(serializeUrl(r.state));
    ensure(deepEqual(again.state, r.state), `parseUrl(serializeUrl(state)) differs: ${JSON.stringify(again.state)} vs ${JSON.stringify(r.state)}`);
    ensure(again.dropped.length === 0, `round trip dropped ${JSON.stringify(again.dropped)}`);
    ensure(serializeUrl(again.state) === serializeUrl(r.state), 'serializeUrl is not stable across a round trip');
  }

  let accepted = 0;
  function checkTourResult(r) {
    ensure(r && typeof r === 'object' && typeof r.ok === 'boolean', `result has no ok flag: ${JSON.stringify(r)}`);
    if (r.ok) accepted++;
    if (!r.ok) {
      ensure(Array.isArray(r.errors) && r.errors.length > 0 && r.errors.every((e) => typeof e === 'string' && e !== ''), 'a rejected tour must list its problems');
      return;
    }
    ensure(Array.isArray(r.scenes) && r.scenes.length >= 1 && r.scenes.length <= MAX_SCENES, `scene count out of range: ${r.scenes?.length}`);
    const ids = new Set();
    for (const s of r.scenes) {
      ensure(typeof s.id === 'string' && s.id !== '' && !ids.has(s.id), `bad or repeated id ${JSON.stringify(s.id)}`);
      ids.add(s.id);
      for (const p of [s.title, s.point]) {
        for (const l of ['zh', 'en']) ensure(typeof p[l] === 'string' && p[l].trim() !== '' && p[l].length <= 200, `bad text ${JSON.stringify(p)}`);
      }
      for (const d of DIMS) ensure(isCanonicalSubset(s.filters[d], FILTER_PARAMS[d].values), `scene filters.${d} not a canonical subset: ${JSON.stringify(s.filters[d])}`);
      ensure(s.panels.length >= 1 && s.panels.length <= 2 && s.panels.every((p) => PANELS.includes(p)) && new Set(s.panels).size === s.panels.length, `bad panels ${JSON.stringify(s.panels)}`);
      ensure(s.highlight === null || s.highlight === 'liangjiang' || DISTRICT_CODES.includes(s.highlight), `bad highlight ${JSON.stringify(s.highlight)}`);
      ensure(s.measure === 'amount' || s.measure === 'count', `bad measure ${JSON.stringify(s.measure)}`);
    }
    // A checked tour, exported and imported again, is accepted unchanged.
    const again = checkTour(JSON.parse(JSON.stringify(tourFile(r.scenes))));
    ensure(again.ok && deepEqual(again.scenes, r.scenes), `export → import changed the tour: ${JSON.stringify(again)}`);
  }

  /* ---------- arbitraries ---------- */

  const ws = fc.constantFrom('', '', '', ' ', '%20', '+', '\t');
  const knownValue = fc.oneof(
    ...DIMS.map((d) => fc.constantFrom(...FILTER_PARAMS[d].values)),
    fc.constantFrom('en', 'zh', 'zh-CN', 'present', 'explore', 'amount', 'count', '0', '5', '20', '3600', '3601', '4', '1', '999', '1000', '01', '-1', '1e3', '1.5', ''),
  );
  const value = fc.oneof(
    { weight: 4, arbitrary: fc.array(fc.tuple(ws, fc.oneof({ weight: 4, arbitrary: knownValue }, fc.string()), ws).map((t) => t.join('')), { maxLength: 6 }).map((xs) => xs.join(',')) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  );
  const param = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('lang', 'mode', 'measure', 'interval', 'scene', ...DIMS.map((d) => FILTER_PARAMS[d].param)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  );
  const encode = (s, how) => (how === 0 ? s : how === 1 ? encodeURIComponent(s) : s.replace(/,/g, '%2C'));
  const structuredQuery = fc
    .tuple(fc.constantFrom('?', '', '??'), fc.array(fc.tuple(param, value, fc.nat(2)), { maxLength: 8 }), fc.constantFrom('&', '&', '&&', ';'))
    .map(([lead, pairs, sep]) => lead + pairs.map(([k, v, how]) => `${encode(k, how)}=${encode(v, how)}`).join(sep));
  const anyQuery = fc.oneof(
    { weight: 5, arbitrary: structuredQuery },
    { weight: 1, arbitrary: fc.string() },
    { weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
    // Lone surrogates and malformed percent escapes.
    { weight: 1, arbitrary: fc.array(fc.constantFrom('%', '%E0', '%ZZ', '\uD800', '\uDFFF', '=', '&', ',', 'sector', 'district', '500110'), { maxLength: 12 }).map((xs) => xs.join('')) },
  );

  // A valid ViewState, for the serialize → parse direction.
  const subsetOf = (values) => fc.subarray([...values]);
  const viewState = fc.record({
    filters: fc.record(Object.fromEntries(DIMS.map((d) => [d, subsetOf(FILTER_PARAMS[d].values)]))),
    lang: fc.constantFrom('zh-CN', 'en'),
    mode: fc.constantFrom('explore', 'present'),
    measure: fc.constantFrom('amount', 'count'),
    interval: fc.oneof(fc.constant(0), fc.integer({ min: MIN_INTERVAL, max: MAX_INTERVAL })),
    scene: fc.option(fc.integer({ min: 1, max: MAX_SCENE }), { nil: null }),
  });

  // Scene-ish objects: mostly known keys and values, with wrong types and junk mixed in.
  const junk = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));
  const maybe = (arb) => fc.oneof({ weight: 5, arbitrary: arb }, { weight: 1, arbitrary: junk });
  const someText = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', '  ', '智能制造', 'x'.repeat(201)));
  const keyList = (values) => fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: junk }), { maxLength: 5 });
  const sceneish = fc.record(
    {
      id: maybe(someText),
      title: maybe(fc.record({ zh: maybe(someText), en: maybe(someText) }, { requiredKeys: [] })),
      point: maybe(fc.record({ zh: maybe(someText), en: maybe(someText) }, { requiredKeys: [] })),
      filters: maybe(fc.record(Object.fromEntries(DIMS.map((d) => [d, maybe(keyList(FILTER_PARAMS[d].values))])), { requiredKeys: [] })),
      panels: maybe(keyList(PANELS)),
      highlight: maybe(fc.oneof(fc.constant(null), fc.constant('liangjiang'), fc.constantFrom(...DISTRICT_CODES))),
      measure: maybe(fc.constantFrom('amount', 'count')),
    },
    { requiredKeys: [] },
  );
  const sceneArray = fc.array(fc.oneof({ weight: 8, arbitrary: sceneish }, { weight: 1, arbitrary: junk }), { maxLength: MAX_SCENES + 2 });
  // Valid scenes (so the accepting path is exercised too), with optional fields left out,
  // repeated or unordered filter values, and text with surrounding spaces.
  const goodText = fc.tuple(fc.constantFrom('', ' '), fc.string({ minLength: 1, maxLength: 20 }).filter((t) => t.trim() !== ''), fc.constantFrom('', ' ')).map((t) => t.join('')).filter((t) => t.length <= 200);
  const validScene = fc.record(
    {
      id: goodText,
      title: fc.record({ zh: goodText, en: goodText }),
      point: fc.record({ zh: goodText, en: goodText }),
      filters: fc.record(Object.fromEntries(DIMS.map((d) => [d, fc.array(fc.constantFrom(...FILTER_PARAMS[d].values), { maxLength: 4 })])), { requiredKeys: [] }),
      panels: fc.array(fc.constantFrom(...PANELS), { minLength: 1, maxLength: 3 }).filter((ps) => new Set(ps).size <= 2),
      highlight: fc.oneof(fc.constant(null), fc.constant('liangjiang'), fc.constantFrom(...DISTRICT_CODES)),
      measure: fc.constantFrom('amount', 'count'),
    },
    { requiredKeys: ['title', 'point', 'panels'] },
  );
  const validScenes = fc.uniqueArray(validScene, { minLength: 1, maxLength: 8, selector: (sc) => (sc.id ?? '').trim() || sc });
  const tourish = fc
    .tuple(
      fc.oneof({ weight: 2, arbitrary: validScenes }, { weight: 1, arbitrary: fc.tuple(validScenes, sceneish).map(([good, bad]) => [...good, bad]) }, { weight: 2, arbitrary: sceneArray }),
      fc.constantFrom(TOUR_FORMAT, TOUR_FORMAT, TOUR_FORMAT, 'other'),
      fc.constantFrom(TOUR_VERSION, TOUR_VERSION, TOUR_VERSION, 2, '1', null),
    )
    .map(([scenes, format, version]) => ({ format, version, scenes }));

  // Strings that are JSON text: valid JSON, tour-ish JSON, and mutations of it (a cut, a
  // duplicated slice, a swapped character) that often still parse; only parsing ones count.
  const jsonText = fc.oneof(
    fc.json(),
    tourish.map((t) => JSON.stringify(t)),
    fc.tuple(tourish.map((t) => JSON.stringify(t)), fc.nat(), fc.nat(), fc.constantFrom('', ',', '"', '}', ']', '[]', '{}', 'null', '0', '"x"')).map(([s, a, b, ins]) => {
      const i = a % (s.length + 1);
      const j = Math.min(s.length, i + (b % 8));
      return s.slice(0, i) + ins + s.slice(j);
    }),
    fc.string({ maxLength: 40 }),
  );

  /* ---------- properties ---------- */

  let parsedJson = 0;
  const properties = [
    ['parseUrl: never throws; known values only; parse∘serialize idempotent', fc.property(anyQuery, (q) => checkParsed(parseUrl(q)))],
    [
      'parseUrl: serialize → parse returns the same state (valid states)',
      fc.property(viewState, (s) => {
        const r = parseUrl(serializeUrl(s));
        ensure(r.dropped.length === 0, `dropped ${JSON.stringify(r.dropped)}`);
        ensure(deepEqual(r.state, s), `got ${JSON.stringify(r.state)}`);
        checkParsed(r);
      }),
    ],
    ['checkTour: never throws on fc.jsonValue()', fc.property(fc.jsonValue(), (v) => checkTourResult(checkTour(v)))],
    ['checkTour: never throws on arrays of scene-ish objects', fc.property(tourish, (t) => checkTourResult(checkTour(t)))],
    ['checkTour: bare arrays / non-tour values', fc.property(fc.oneof(sceneArray, sceneish, junk), (v) => checkTourResult(checkTour(v)))],
    [
      'checkTour: never throws on JSON.parse of strings that parse',
      fc.property(jsonText, (s) => {
        let v;
        try {
          v = JSON.parse(s);
        } catch {
          return; // not JSON text: the import dialog rejects it before checkTour
        }
        parsedJson++;
        checkTourResult(checkTour(v));
      }),
    ],
  ];

  console.log(`fuzz: ${RUNS} cases per property, seed ${SEED}, Node ${process.version}, fast-check ${fc.__version}\n`);
  for (const [name, prop] of properties) {
    const t0 = performance.now();
    accepted = 0;
    parsedJson = 0;
    const details = fc.check(prop, { numRuns: RUNS, seed: SEED });
    const ms = performance.now() - t0;
    const row = { name, cases: details.numRuns, failed: details.failed, ms, report: details.failed ? fc.defaultReportMessage(details) : null };
    results.push(row);
    const notes = [accepted > 0 ? `${accepted} valid tours` : '', parsedJson > 0 ? `${parsedJson} parsed as JSON` : ''].filter(Boolean).join(', ');
    console.log(`${details.failed ? 'FAIL' : 'ok  '}  ${name}: ${details.numRuns} cases${notes ? ` (${notes})` : ''}, ${(ms / 1000).toFixed(2)} s`);
    if (details.failed) console.log(`${row.report}\n`);
  }

  const total = results.reduce((s, r) => s + r.cases, 0);
  const failures = results.filter((r) => r.failed);
  const totalMs = results.reduce((s, r) => s + r.ms, 0);
  console.log('\n| property | cases | result | time s |\n|---|---:|---|---:|');
  for (const r of results) console.log(`| ${r.name} | ${r.cases} | ${r.failed ? 'FAIL' : 'ok'} | ${(r.ms / 1000).toFixed(2)} |`);
  console.log(`\n${total} cases in ${(totalMs / 1000).toFixed(2)} s; ${failures.length} failing propert${failures.length === 1 ? 'y' : 'ies'}. Reproduce with --seed ${SEED}.`);
  if (failures.length > 0) exitCode = 1;
} catch (err) {
  console.error('fuzz: could not run:', err);
  exitCode = 2;
} finally {
  await server.close();
}
process.exit(exitCode);
