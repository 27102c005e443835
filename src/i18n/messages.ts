/**
 * The type of a UI text catalog: the zh-CN catalog's own shape, so the catalog is the one place
 * a message is declared; en.ts (and every per-feature catalog pair) must match it key for key.
 * A type-only import: the zh-CN chunk still loads only when that language is in use.
 */
import type { zh } from './zh-CN';

export type Messages = typeof zh;
