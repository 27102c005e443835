/**
 * The schema of registers/index.json, the list of registers a deployer ships with the site
 * (valibot; its type is SiteRegister): a bad entry is left out and reported, the others are
 * used. Loaded with the list's query, never on the first view.
 */
import * as v from 'valibot';
import { capList, type CappedList } from '../capped-list';

/** Lower-case letters, digits and hyphens: the URL's `data=site:<name>`. */
const SITE_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;
/** A file name inside registers/ (no path). */
const SITE_FILE = /^[^/\\?#]+\.(xlsx|csv|json)$/i;

const SiteRegisterSchema = v.pipe(
  v.object({
    name: v.pipe(v.string(), v.regex(SITE_NAME)),
    file: v.pipe(v.string(), v.regex(SITE_FILE)),
    /** The money unit, where the file itself states none. */
    unit: v.optional(v.picklist(['亿元', '万元', '元'])),
    /** Shown in the list; the name when there is none. */
    title: v.fallback(v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty())), undefined),
    sheet: v.fallback(v.nullable(v.string()), null),
  }),
  v.transform(({ title, unit, ...entry }) => ({ ...entry, unit: unit ?? null, title: title ?? entry.name })),
);

export type SiteRegister = v.InferOutput<typeof SiteRegisterSchema>;

const SiteIndexSchema = v.object({ registers: v.array(v.unknown()) });

/** At most this many bad index.json entries are named; the rest are counted (capped-list.ts). */
const SITE_PROBLEMS_SHOWN = 20;

export interface SiteIndex {
  registers: SiteRegister[];
  /** The index is not {"registers": [...]} at all. */
  shape: boolean;
  /** Bad entries (1-based), the first SITE_PROBLEMS_SHOWN named, the rest counted. */
  entries: CappedList<number, 'entry'>;
  /** When read from the copy kept for offline use: when it was saved (ISO); null when fresh. */
  cachedAt: string | null;
}

/** registers/index.json, checked entry by entry (a bad entry is left out and reported). */
export function parseSiteIndex(value: unknown, cachedAt: string | null = null): SiteIndex {
  const index = v.safeParse(SiteIndexSchema, value);
  if (!index.success) return { registers: [], shape: true, entries: capList([], SITE_PROBLEMS_SHOWN, String, () => 'entry'), cachedAt };
  const registers: SiteRegister[] = [];
  const bad: number[] = [];
  index.output.registers.forEach((entry, i) => {
    const parsed = v.safeParse(SiteRegisterSchema, entry);
    if (!parsed.success || registers.some((r) => r.name === parsed.output.name)) bad.push(i + 1);
    else registers.push(parsed.output);
  });
  return { registers, shape: false, entries: capList(bad, SITE_PROBLEMS_SHOWN, String, () => 'entry'), cachedAt };
}

/** The site index has something to say (a problem, or that it is an offline copy). */
export function siteIndexHasNotes(index: SiteIndex): boolean {
  return index.shape || index.entries.total > 0 || index.cachedAt !== null;
}
