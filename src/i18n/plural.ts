/**
 * Plural choice through Intl.PluralRules, for catalogs whose language inflects a noun with its
 * number ("1 project", "2 projects"). A catalog passes every form its language has; `other` is
 * the fallback the rules always allow.
 */
type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export function pluralOf(locale: string): (n: number, forms: Forms) => string {
  const rules = new Intl.PluralRules(locale);
  return (n, forms) => forms[rules.select(n)] ?? forms.other;
}
