/**
 * Every text catalog pair (the UI's, the import's, the progress panel's) has the same keys in both languages, and
 * each language's punctuation stays its own: no CJK punctuation in English, no ASCII ": " or
 * sentence-final "." in Chinese. Messages that are functions are called with sample arguments.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { importEn } from '../../src/i18n/import-en';
import { importZh } from '../../src/i18n/import-zh';
import { progressEn } from '../../src/i18n/progress-en';
import { progressZh } from '../../src/i18n/progress-zh';
import { safetyEn } from '../../src/i18n/safety-en';
import { safetyZh } from '../../src/i18n/safety-zh';
import { mapEn } from '../../src/i18n/map-en';
import { mapZh } from '../../src/i18n/map-zh';
import { tableEn } from '../../src/i18n/table-en';
import { tableZh } from '../../src/i18n/table-zh';
import { exportsEn } from '../../src/i18n/exports-en';
import { exportsZh } from '../../src/i18n/exports-zh';
import { chartsEn } from '../../src/i18n/charts-en';
import { chartsZh } from '../../src/i18n/charts-zh';
import { tourEn } from '../../src/i18n/tour-en';
import { tourZh } from '../../src/i18n/tour-zh';
import { zh } from '../../src/i18n/zh-CN';

const PAIRS = [
  { name: 'ui', zh: zh as unknown, en: en as unknown },
  { name: 'import', zh: importZh as unknown, en: importEn as unknown },
  { name: 'progress', zh: progressZh as unknown, en: progressEn as unknown },
  { name: 'tour', zh: tourZh as unknown, en: tourEn as unknown },
  { name: 'map', zh: mapZh as unknown, en: mapEn as unknown },
  { name: 'charts', zh: chartsZh as unknown, en: chartsEn as unknown },
  { name: 'exports', zh: exportsZh as unknown, en: exportsEn as unknown },
  { name: 'table', zh: tableZh as unknown, en: tableEn as unknown },
  { name: 'safety', zh: safetyZh as unknown, en: safetyEn as unknown },
];

/** The dotted key paths of a catalog (arrays and functions are leaves). */
function keys(value: unknown, path = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [path];
  return Object.entries(value).flatMap(([k, v]) => keys(v, path ? `${path}.${k}` : k));
}

/** Any property read gives 1: stands for a message's object argument. */
const anything: unknown = new Proxy({}, { get: (_t, p) => (p === Symbol.toPrimitive ? () => 1 : 1) });

/** A function message's text for sample arguments: numbers, else strings, else objects. */
function sample(f: (...args: unknown[]) => unknown): string {
  for (const arg of [1, 2, 'x', ['x', 'y'], anything]) {
    try {
      return String(f(...Array.from({ length: Math.max(f.length, 1) }, () => arg)));
    } catch {
      // This message wants another kind of argument: try the next.
    }
  }
  throw new Error(`no sample arguments fit ${f.toString()}`);
}

/** Every text of a catalog with its key path. */
function texts(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (typeof value === 'number') return [];
  if (typeof value === 'function') return [{ path, text: sample(value as (...args: unknown[]) => unknown) }];
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
  return [];
}

/** CJK punctuation, and the CJK brackets and quotes (“ ” are English's own curly quotes, so they are allowed). */
const CJK_PUNCTUATION = /[、，。：；！？（）《》〈〉［］【】「」『』＂]/;

describe('text catalogs', () => {
  for (const pair of PAIRS) {
    it(`${pair.name}: zh and en have the same keys`, () => {
      expect(keys(pair.en).sort()).toEqual(keys(pair.zh).sort());
    });

    it(`${pair.name}: English uses no CJK punctuation`, () => {
      const bad = texts(pair.en).filter((x) => CJK_PUNCTUATION.test(x.text));
      expect(bad).toEqual([]);
    });

    it(`${pair.name}: Chinese uses no ASCII ": " and ends no sentence with "."`, () => {
      const bad = texts(pair.zh).filter((x) => /: /.test(x.text) || /[\u3400-\u9fff]\.$|[\u3400-\u9fff]\.\s/.test(x.text));
      expect(bad).toEqual([]);
    });
  }

  it('English counts agree with their number (Intl.PluralRules)', () => {
    expect(en.projects(1, '1')).toBe('1 project');
    expect(en.projects(2, '2')).toBe('2 projects');
    expect(progressEn.month.matched(1, 1, 1)).toContain('1 project is in both; 1 is new and 1 is gone');
    expect(zh.projects(1, '1')).toBe('1个');
  });
});
