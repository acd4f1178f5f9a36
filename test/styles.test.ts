// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Under jsdom import.meta.url is not a file: URL; the tests run from the repository's root.
const css = readFileSync(join(process.cwd(), 'src/styles.css'), 'utf8');

/** Every style rule's selectors, inside @media blocks too, read by the DOM's own CSS parser. */
function selectors(): string[] {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const found: string[] = [];
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule.type === CSSRule.STYLE_RULE) found.push(...splitList((rule as CSSStyleRule).selectorText));
      else if (rule.type === CSSRule.MEDIA_RULE || rule.type === CSSRule.SUPPORTS_RULE) walk((rule as CSSGroupingRule).cssRules);
      // Keyframes style no element; any other at-rule is listed so a test looks at it.
      else if (rule.type !== CSSRule.KEYFRAMES_RULE) found.push(rule.cssText.slice(0, 60));
    }
  };
  walk(style.sheet!.cssRules);
  style.remove();
  return found;
}

/** Splits a selector list at its top-level commas (not those inside :is() or :where()). */
function splitList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '(') depth++;
    else if (list[i] === ')') depth--;
    else if (list[i] === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts;
}

describe('given the default theme', () => {
  it('reads as a style sheet with rules for narrow, short and forced-colour screens', () => {
    const all = selectors();
    expect(all.length).toBeGreaterThan(100);
    expect(css).toMatch(/@media \(max-height: [\d.]+em\)/);
    expect(css).toMatch(/@media \(forced-colors: active\)/);
  });

  it('styles nothing outside [data-help-theme], so `unstyled` drops every rule', () => {
    const unscoped = selectors().filter((selector) => !selector.includes('[data-help-theme'));
    expect(unscoped).toEqual([]);
  });
});
