/**
 * Category values in a register (sector, investor type, signing mode, stage): matched to the
 * vocabularies' terms by key, zh, en or alias; anything else is the office's own category,
 * listed value by value for the user to map to a term or keep as unclassified. No row is ever
 * rejected for its category, and the file's own text is kept beside the term.
 */
import type { CategoryField } from '../../data/types';
import { INVESTORS, SECTORS, SIGNINGS, STAGES, VOCABULARIES, type CategoryKeys, type Term } from '../../data/vocabularies';
import { halfWidth } from './money';


/** The user's choices for values that match no term: the term's key, or null for unclassified. */
export type ValueMap = { [F in CategoryField]?: Record<string, CategoryKeys[F] | null> };

export function foldValue(s: string): string {
  return halfWidth(s).trim().toLowerCase().replace(/[\s·・.\-_/]+/g, '');
}

function indexOf<K extends string>(terms: readonly Term<K>[]): Map<string, K> {
  const index = new Map<string, K>();
  for (const t of terms) for (const name of [t.key, t.zh, t.en, ...t.aliases]) index.set(foldValue(name), t.key);
  return index;
}

const INDEXES: { [F in CategoryField]: Map<string, CategoryKeys[F]> } = {
  sector: indexOf(SECTORS),
  investor: indexOf(INVESTORS),
  signing: indexOf(SIGNINGS),
  stage: indexOf(STAGES),
};

/** A term's key for a value the vocabulary knows (by key, zh, en or alias), else null. */
export function matchTerm<F extends CategoryField>(field: F, value: string): CategoryKeys[F] | null {
  return (INDEXES[field] as Map<string, CategoryKeys[F]>).get(foldValue(value)) ?? null;
}

export type CategoryReading<K> = { key: K | null; original: string | null; mapped: 'term' | 'user' | 'unclassified' | 'empty' };

/**
 * A cell of a category column: a term it names, the term the user mapped it to, or
 * unclassified — with the file's text kept whenever it is not the term's own label.
 */
export function readCategory<F extends CategoryField>(field: F, value: string, map: ValueMap): CategoryReading<CategoryKeys[F]> {
  const v = value.trim();
  if (v === '') return { key: null, original: null, mapped: 'empty' };
  const term = matchTerm(field, v);
  if (term !== null) {
    const t = VOCABULARIES[field].find((x) => x.key === term);
    return { key: term, original: t && (t.zh === v || t.en === v || t.key === v) ? null : v, mapped: 'term' };
  }
  const chosen = (map[field] as Record<string, CategoryKeys[F] | null> | undefined)?.[v];
  if (chosen !== undefined && chosen !== null) return { key: chosen, original: v, mapped: 'user' };
  return { key: null, original: v, mapped: 'unclassified' };
}

/** One distinct value of a category column that no term matches: how many rows and how much money. */
export interface UnmatchedValue {
  value: string;
  rows: number;
  /** 亿元 over the rows that have an amount. */
  amount: number;
}

/** Fewest characters a value or a term's name must have for one to propose the other. */
const SUGGEST_MIN = 2;

/**
 * A term to propose for a value no term matches — only where the vocabulary supports it: the
 * value begins one of a term's names (新材料 → 新材料等其他), or a name begins the value
 * (大健康医药 → 大健康), and exactly one term qualifies. Anything looser (汽车 for 智能制造) is
 * the user's call: null. The user confirms each proposal; nothing is mapped without them.
 */
export function suggestTerm<F extends CategoryField>(field: F, value: string): { key: CategoryKeys[F]; name: string } | null {
  const v = foldValue(value);
  if ([...v].length < SUGGEST_MIN) return null;
  const found = new Map<CategoryKeys[F], string>();
  for (const t of VOCABULARIES[field] as readonly Term<CategoryKeys[F]>[]) {
    for (const name of [t.zh, t.en, ...t.aliases]) {
      const n = foldValue(name);
      if ([...n].length < SUGGEST_MIN) continue;
      if (n.startsWith(v) || v.startsWith(n)) {
        if (!found.has(t.key)) found.set(t.key, name);
        break;
      }
    }
  }
  if (found.size !== 1) return null;
  const [[key, name]] = [...found] as [[CategoryKeys[F], string]];
  return { key, name };
}
