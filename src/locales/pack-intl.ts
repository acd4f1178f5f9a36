/**
 * What every label pack needs from `Intl`, made once per pack and only on first
 * use: a pack is imported with the page, but most of its labels with a count
 * (results, checks) are shown much later, if ever.
 *
 * Internal to `src/locales/`: packs must not import the panel's runtime code,
 * so they share this instead.
 */
export interface PackIntl {
  /** The plural category of `count` in the pack's language (`Intl.PluralRules`). */
  plural(count: number): Intl.LDMLPluralRule;
  /**
   * One of `forms` by the plural category of `count`, given `count` written the
   * language's way (`Intl.NumberFormat`: `1.234` in German). A category the language
   * does not use, or that reads the same as `other`, may be left out.
   */
  count(count: number, forms: PluralForms): string;
  /** `count` written the language's way. */
  number(count: number): string;
  /** `a, b and c` in the language (`Intl.ListFormat`, conjunction). */
  list(items: readonly string[]): string;
}

/** Text for each plural category, from the formatted number; `other` is required. */
export type PluralForms = { [category in Intl.LDMLPluralRule]?: (n: string) => string } & { other: (n: string) => string };

export function packIntl(tag: string): PackIntl {
  let rules: Intl.PluralRules | undefined;
  let numbers: Intl.NumberFormat | undefined;
  let lists: Intl.ListFormat | undefined;
  const plural = (count: number) => (rules ??= new Intl.PluralRules(tag)).select(count);
  const number = (count: number) => (numbers ??= new Intl.NumberFormat(tag)).format(count);
  return {
    plural,
    number,
    count: (count, forms) => (forms[plural(count)] ?? forms.other)(number(count)),
    list: (items) => (lists ??= new Intl.ListFormat(tag, { type: 'conjunction' })).format(items),
  };
}

/** A field's label without the `.` or `:` it ends on, to quote it in a sentence (as the English default does). */
export function bareLabel(label: string): string {
  return label.replace(/[.:։。：]\s*$/u, '');
}
