/**
 * The schema of registers/index.json, the list of registers a deployer ships with the site
 * (valibot; its type is SiteRegister): a bad entry is left out and reported, the others are
 * used. Loaded with the list's query, never on the first view.
 */
import * as v from 'valibot';

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

/** registers/index.json, checked entry by entry (a bad entry is left out and reported). */
export function parseSiteIndex(value: unknown): { registers: SiteRegister[]; problems: string[] } {
  const index = v.safeParse(SiteIndexSchema, value);
  if (!index.success) return { registers: [], problems: ['index.json: expected {"registers": [...]}'] };
  const registers: SiteRegister[] = [];
  const problems: string[] = [];
  index.output.registers.forEach((entry, i) => {
    const parsed = v.safeParse(SiteRegisterSchema, entry);
    if (!parsed.success || registers.some((r) => r.name === parsed.output.name)) {
      problems.push(`index.json entry ${i + 1}: needs a unique name (a-z, 0-9, -), a file (.xlsx, .csv or .json) and, if given, unit 亿元/万元/元`);
      return;
    }
    registers.push(parsed.output);
  });
  return { registers, problems };
}
