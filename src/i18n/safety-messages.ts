/** The notices' catalog for a language (safety-zh.ts, safety-en.ts): it rides in the chunks of the notices that use it. */
import type { Lang } from '../domain/format';
import { safetyEn } from './safety-en';
import { safetyZh, type SafetyMessages } from './safety-zh';

export type { SafetyMessages };

const CATALOGS: Readonly<Record<Lang, SafetyMessages>> = { 'zh-CN': safetyZh, en: safetyEn };

export function safetyMessages(lang: Lang): SafetyMessages {
  return CATALOGS[lang];
}
