/** The notices' catalog for a language (safety-zh.ts, safety-en.ts): it rides in the chunks of the notices that use it. */
import { safetyEn } from './safety-en';
import { safetyZh, type SafetyMessages } from './safety-zh';
import { perLanguage } from './per-language';

export type { SafetyMessages };

export const safetyMessages = perLanguage<SafetyMessages>(safetyZh, safetyEn);
