#!/usr/bin/env node
// Builds the district geometry used by the map from Apache ECharts 4.9.0 (Apache-2.0).
//
//   node scripts/build-geo.mjs [--tarball path/to/echarts-4.9.0.tgz]
//
// Steps: `npm pack echarts@4.9.0` into a temp dir (not a dependency) -> extract with tar ->
// decode echarts' "UTF8Encoding" compressed GeoJSON -> recode the 2016 changes and attach
// names/kind from ../shared/geo/chongqing-districts.csv -> mapshaper -clean, -simplify ->
// write plain GeoJSON (lon/lat, RFC 7946) + NOTICE + LICENSE to public/geo/.
// Output is deterministic: same input -> byte-identical files.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CSV_PATH = path.resolve(ROOT, '../shared/geo/chongqing-districts.csv');
const OUT_DIR = path.join(ROOT, 'public/geo');

const ECHARTS_SPEC = 'echarts@4.9.0';
// sha512 of echarts-4.9.0.tgz as published (npm "integrity"); checked before use.
const ECHARTS_INTEGRITY =
  'sha512-+ugizgtJ+KmsJyyDPxaw2Br5FqzuBnyOWwcxPKO6y0gc5caYcfnEUIlNStx02necw8jmKmTafmpHhGo4XDtEIA==';
const MEMBERS = {
  chongqing: 'package/map/json/province/chongqing.json',
  china: 'package/map/json/china.json',
  license: 'package/LICENSE',
  notice: 'package/NOTICE',
};

// The six small central districts get more detail (they are shown in a zoomed inset).
const CENTRAL_CODES = ['500103', '500104', '500105', '500106', '500107', '500108'];
// mapshaper percentage = share of removable vertices kept (weighted Visvalingam, default).
const DISTRICT_PCT_CENTRAL = '60%';
const DISTRICT_PCT_OTHER = '20%';
const DISTRICT_PRECISION = '0.0001'; // ~11 m; source grid is 1/1024 deg (~100 m)
const CONTEXT_PCT = '30%';
const CONTEXT_PRECISION = '0.001';

const CONTEXT_PROVINCES = [
  { code: '510000', name_zh: '四川', name_en: 'Sichuan' },
  { code: '520000', name_zh: '贵州', name_en: 'Guizhou' },
];

const OUT = {
  districts: 'chongqing-districts.geojson',
  context: 'context-provinces.geojson',
  notice: 'NOTICE.txt',
  license: 'LICENSE-APACHE-2.0.txt',
};

function fail(message) {
  console.error(`build-geo: ERROR: ${message}`);
  process.exit(1);
}

// ---------------------------------------------------------------- CSV

function parseCsvLine(line) {
  const cells = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i += 1;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cur += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      cells.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  cells.push(cur);
  return cells;
}

function readDistrictTable() {
  if (!existsSync(CSV_PATH)) {
    fail(
      `district table not found: ${CSV_PATH}\n` +
        '  (expected ../shared/geo/chongqing-districts.csv next to the repo root)',
    );
  }
  const lines = readFileSync(CSV_PATH, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = parseCsvLine(lines[0] ?? '');
  const need = ['code', 'name_zh_current', 'name_en', 'kind', 'code_current'];
  for (const col of need) {
    if (!header.includes(col)) fail(`${CSV_PATH}: missing column "${col}"`);
  }
  const bySourceCode = new Map();
  for (const line of lines.slice(1)) {
    const cells = parseCsvLine(line);
    const row = Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()]));
    if (!/^\d{6}$/.test(row.code) || !/^\d{6}$/.test(row.code_current)) fail(`${CSV_PATH}: bad code in "${line}"`);
    if (!['district', 'county', 'autonomous county'].includes(row.kind)) fail(`${CSV_PATH}: bad kind in "${line}"`);
    bySourceCode.set(row.code, {
      code: row.code_current,
      name_zh: row.name_zh_current,
      name_en: row.name_en,
      kind: row.kind,
    });
  }
  if (bySourceCode.size !== 38) fail(`${CSV_PATH}: expected 38 rows, found ${bySourceCode.size}`);
  return bySourceCode;
}

// ---------------------------------------------------------------- echarts package

function sh(cmd, args, opts = {}) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  } catch (err) {
    const stderr = err && typeof err === 'object' && 'stderr' in err ? String(err.stderr) : '';
    fail(`command failed: ${cmd} ${args.join(' ')}\n${stderr || String(err)}`);
  }
}

function fetchEcharts(tmp, tarballArg) {
  let tgz;
  if (tarballArg) {
    tgz = path.resolve(tarballArg);
    if (!existsSync(tgz)) fail(`--tarball not found: ${tgz}`);
  } else {
    sh('npm', ['pack', ECHARTS_SPEC, '--pack-destination', tmp, '--silent'], {
      cwd: tmp,
      shell: process.platform === 'win32',
    });
    const found = readdirSync(tmp).filter((f) => f.endsWith('.tgz'));
    if (found.length !== 1 || !found[0]) fail(`npm pack ${ECHARTS_SPEC} did not produce one .tgz in ${tmp}`);
    tgz = path.join(tmp, found[0]);
  }
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tgz)).digest('base64')}`;
  if (integrity !== ECHARTS_INTEGRITY) {
    fail(`${path.basename(tgz)}: integrity mismatch\n  got      ${integrity}\n  expected ${ECHARTS_INTEGRITY}`);
  }
  const dir = path.join(tmp, 'x');
  mkdirSync(dir);
  sh('tar', ['-xzf', tgz, '-C', dir, ...Object.values(MEMBERS)]);
  const read = (member) => readFileSync(path.join(dir, member), 'utf8');
  return {
    chongqing: JSON.parse(read(MEMBERS.chongqing)),
    china: JSON.parse(read(MEMBERS.china)),
    license: readFileSync(path.join(dir, MEMBERS.license)), // bytes, copied verbatim
    notice: read(MEMBERS.notice),
  };
}

// ---------------------------------------------------------------- decode

// echarts 4 "UTF8Encoding": zigzag-encoded deltas, two chars (x, y) per point, code - 64.
function decodeRing(str, offsets, scale) {
  if (typeof str !== 'string' || !Array.isArray(offsets) || offsets.length !== 2) {
    fail('unexpected encoded ring / encodeOffsets');
  }
  if (str.length % 2 !== 0) fail('encoded ring has odd length');
  let prevX = offsets[0];
  let prevY = offsets[1];
  const ring = [];
  for (let i = 0; i < str.length; i += 2) {
    let x = str.charCodeAt(i) - 64;
    let y = str.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

function closeRing(ring) {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push([first[0], first[1]]);
  return ring;
}

function decodeGeometry(geometry, encoded, scale) {
  const { type, coordinates } = geometry;
  if (type !== 'Polygon' && type !== 'MultiPolygon') fail(`unsupported geometry type ${type}`);
  if (!encoded) {
    return { type, coordinates };
  }
  const offsets = geometry.encodeOffsets;
  if (type === 'Polygon') {
    return { type, coordinates: coordinates.map((r, i) => closeRing(decodeRing(r, offsets[i], scale))) };
  }
  return {
    type,
    coordinates: coordinates.map((poly, j) => poly.map((r, i) => closeRing(decodeRing(r, offsets[j][i], scale)))),
  };
}

function decodeFeatures(json, label) {
  if (!json || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    fail(`${label}: not a FeatureCollection`);
  }
  const encoded = json.UTF8Encoding === true;
  const scale = typeof json.UTF8Scale === 'number' ? json.UTF8Scale : 1024; // echarts' default
  return json.features.map((f) => ({
    id: String(f.id ?? f.properties?.id ?? ''),
    name: String(f.properties?.name ?? ''),
    geometry: decodeGeometry(f.geometry, encoded, scale),
  }));
}

// ---------------------------------------------------------------- geometry helpers

function ringsOf(geometry) {
  if (!geometry) return [];
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

function countPoints(fc) {
  let n = 0;
  for (const f of fc.features) for (const r of ringsOf(f.geometry)) n += r.length;
  return n;
}

function validate(fc, label, expectedCodes) {
  const codes = fc.features.map((f) => f.properties.code);
  if (JSON.stringify(codes) !== JSON.stringify(expectedCodes)) {
    fail(`${label}: features ${codes.join(',')} != expected ${expectedCodes.join(',')}`);
  }
  for (const f of fc.features) {
    const rings = ringsOf(f.geometry);
    if (rings.length === 0) fail(`${label}: ${f.properties.code} lost its geometry`);
    for (const r of rings) {
      const a = r[0];
      const b = r[r.length - 1];
      if (r.length < 4 || !a || !b || a[0] !== b[0] || a[1] !== b[1]) {
        fail(`${label}: ${f.properties.code} has an open or degenerate ring`);
      }
    }
  }
}

// Stable, compact serialisation: one feature per line, fixed key order.
function serialise(fc) {
  const lines = fc.features.map((f) =>
    JSON.stringify({ type: 'Feature', properties: f.properties, geometry: f.geometry }),
  );
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

// mapshaper is not a dependency of the app (it pulls in native modules that the normal
// install does not need): use an installed copy if there is one, else install the pinned
// version into a temp dir for this run.
const MAPSHAPER_SPEC = 'mapshaper@0.7.70';
let mapshaperModule;
function loadMapshaper() {
  if (mapshaperModule) return mapshaperModule;
  try {
    mapshaperModule = require('mapshaper');
  } catch {
    const dir = mkdtempSync(path.join(tmpdir(), 'build-geo-mapshaper-'));
    console.log(`installing ${MAPSHAPER_SPEC} into ${dir} …`);
    execFileSync('npm', ['install', '--prefix', dir, '--no-save', '--no-package-lock', '--ignore-scripts', MAPSHAPER_SPEC], { stdio: 'inherit' });
    mapshaperModule = createRequire(path.join(dir, 'package.json'))('mapshaper');
  }
  return mapshaperModule;
}

async function simplify(fc, commands, precision) {
  const mapshaper = loadMapshaper();
  const out = await mapshaper.applyCommands(
    ['-i', 'in.json', '-quiet', ...commands, '-o', 'out.json', 'format=geojson', `precision=${precision}`],
    { 'in.json': JSON.stringify(fc) },
  );
  const text = out['out.json'];
  if (typeof text !== 'string' && !Buffer.isBuffer(text)) fail('mapshaper produced no output');
  const result = JSON.parse(String(text));
  const byCode = new Map(fc.features.map((f) => [f.properties.code, f.properties]));
  const features = result.features
    .map((f) => {
      const props = byCode.get(String(f.properties?.code));
      if (!props) fail(`mapshaper output has unknown feature ${JSON.stringify(f.properties)}`);
      return { properties: props, geometry: f.geometry };
    })
    .sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  return { type: 'FeatureCollection', features };
}

// ---------------------------------------------------------------- main

function noticeText(echartsNotice) {
  return `Map boundary data / 地图边界数据
===============================

Files in this directory:
  ${OUT.districts}   Chongqing's 38 county-level divisions
  ${OUT.context}     Sichuan and Guizhou (context only)

Source: Apache ECharts 4.9.0 (npm package echarts@4.9.0), files
  map/json/province/chongqing.json and map/json/china.json,
  licensed under the Apache License, Version 2.0 (see ${OUT.license}).

These files are a derived work (modified):
  - decoded from ECharts' "UTF8Encoding" compressed format to plain GeoJSON (lon/lat, RFC 7946);
  - the 2016 changes applied: 梁平县 500228 -> 梁平区 500155, 武隆县 500232 -> 武隆区 500156;
  - names, English names and kinds attached from chongqing-districts.csv;
  - cleaned and simplified with mapshaper 0.7.70, coordinates rounded.

Boundaries are schematic and not authoritative. 边界为示意，不作为权属依据。

Notice of the original work (ECharts NOTICE file):

${echartsNotice.trim()}
`;
}

async function main() {
  const started = performance.now();
  const argv = process.argv.slice(2);
  const tIdx = argv.indexOf('--tarball');
  const tarballArg = tIdx >= 0 ? argv[tIdx + 1] : undefined;
  if (tIdx >= 0 && !tarballArg) fail('--tarball needs a path');

  const table = readDistrictTable();
  const tmp = mkdtempSync(path.join(tmpdir(), 'build-geo-'));
  let pkg;
  try {
    pkg = fetchEcharts(tmp, tarballArg);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  // Districts
  const decoded = decodeFeatures(pkg.chongqing, MEMBERS.chongqing);
  if (decoded.length !== 38) fail(`${MEMBERS.chongqing}: expected 38 features, found ${decoded.length}`);
  const seen = new Set();
  const districts = {
    type: 'FeatureCollection',
    features: decoded
      .map((f) => {
        const row = table.get(f.id);
        if (!row) fail(`${MEMBERS.chongqing}: feature ${f.id} ${f.name} is not in ${CSV_PATH}`);
        seen.add(f.id);
        return { type: 'Feature', properties: { ...row }, geometry: f.geometry };
      })
      .sort((a, b) => a.properties.code.localeCompare(b.properties.code)),
  };
  for (const code of table.keys()) if (!seen.has(code)) fail(`CSV code ${code} not found in ${MEMBERS.chongqing}`);
  const rawPoints = countPoints(districts);
  const expectedDistrictCodes = districts.features.map((f) => f.properties.code);

  const pctExpr = `${JSON.stringify(CENTRAL_CODES)}.indexOf(code) > -1 ? "${DISTRICT_PCT_CENTRAL}" : "${DISTRICT_PCT_OTHER}"`;
  const districtsOut = await simplify(districts, [
    '-clean', // must come before -simplify: G1 neighbours do not share borders exactly
    '-simplify', 'variable', `percentage=${pctExpr}`, 'keep-shapes',
  ], DISTRICT_PRECISION);
  validate(districtsOut, OUT.districts, expectedDistrictCodes);

  // Context provinces
  const china = decodeFeatures(pkg.china, MEMBERS.china);
  const context = {
    type: 'FeatureCollection',
    features: CONTEXT_PROVINCES.map((p) => {
      const f = china.find((c) => c.id === p.code);
      if (!f) fail(`${MEMBERS.china}: province ${p.code} not found`);
      return { type: 'Feature', properties: { ...p }, geometry: f.geometry };
    }),
  };
  const contextOut = await simplify(context, [
    '-clean', '-simplify', CONTEXT_PCT, 'keep-shapes',
  ], CONTEXT_PRECISION);
  validate(contextOut, OUT.context, CONTEXT_PROVINCES.map((p) => p.code));

  // Write
  mkdirSync(OUT_DIR, { recursive: true });
  const files = [
    [OUT.districts, serialise(districtsOut), countPoints(districtsOut)],
    [OUT.context, serialise(contextOut), countPoints(contextOut)],
    [OUT.notice, noticeText(pkg.notice), null],
    [OUT.license, pkg.license, null],
  ];
  console.log(`build-geo: ${ECHARTS_SPEC}, ${rawPoints} district points decoded`);
  for (const [name, content, points] of files) {
    const file = path.join(OUT_DIR, name);
    writeFileSync(file, content);
    const buf = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const pts = points === null ? '' : `, ${points} points`;
    console.log(
      `  wrote ${path.relative(ROOT, file)}: ${buf.length} B raw, ${gzipSync(buf).length} B gzip${pts}`,
    );
  }
  console.log(`build-geo: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((err) => fail(err instanceof Error ? err.stack ?? err.message : String(err)));
