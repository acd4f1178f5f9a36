import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addErrorPatterns } from '../../src/report/write-patterns';
import { frontMatterLine, messageGlob, suggestPattern } from '../../src/report/suggested-patterns';

const edit = (source: string, patterns: string[]) => {
  const result = addErrorPatterns(source, patterns);
  if ('skipped' in result) throw new Error(result.skipped);
  return result;
};

describe('given an article whose front matter lists errors inline', () => {
  it('adds to the list in place and leaves comments, quotes and order alone', () => {
    const source = "---\ntitle: 'Billing'   # shown in the panel\nerrors: [PAYMENT_DECLINED, '402']\ntags: [a]\n---\n\n# Billing\n";
    expect(edit(source, ['code:CARD_EXPIRED', 'PAYMENT_DECLINED']).text).toBe(
      "---\ntitle: 'Billing'   # shown in the panel\nerrors: [PAYMENT_DECLINED, '402', code:CARD_EXPIRED]\ntags: [a]\n---\n\n# Billing\n",
    );
  });
});

describe('given an article whose front matter lists errors as a block', () => {
  it('adds a line in the same indentation, quoting a pattern YAML would misread', () => {
    const source = '---\nerrors:\n    - WEBHOOK_*   # any webhook code\ntitle: Webhooks\n---\nBody\n';
    const { text, added } = edit(source, ['message:Delivery to * failed: #3']);
    expect(added).toEqual(['message:Delivery to * failed: #3']);
    expect(text).toBe('---\nerrors:\n    - WEBHOOK_*   # any webhook code\n    - "message:Delivery to * failed: #3"\ntitle: Webhooks\n---\nBody\n');
    expect(parse(text.split('---\n')[1]!).errors).toEqual(['WEBHOOK_*', 'message:Delivery to * failed: #3']);
  });
});

describe('given an article without errors or without front matter', () => {
  it('appends the key to the front matter, or adds front matter', () => {
    expect(edit('---\ntitle: Exports\n---\n# Exports\n', ['code:X']).text).toBe('---\ntitle: Exports\nerrors: [code:X]\n---\n# Exports\n');
    expect(edit('# Exports\n', ['code:X']).text).toBe('---\nerrors: [code:X]\n---\n# Exports\n');
  });

  it('leaves TOML front matter to the author', () => {
    expect(addErrorPatterns('+++\ntitle = "x"\n+++\n', ['code:X'])).toEqual({ skipped: expect.stringContaining('TOML or JSON') });
  });
});

describe('given an error to name', () => {
  it('prefers its code, then a glob of its message with the variable parts starred, then its name, then its status', () => {
    expect(suggestPattern({ code: 'E_QUOTA', status: 507, message: 'Quota' })).toBe('code:E_QUOTA');
    expect(suggestPattern({ status: 404, message: 'Invoice 4411 for cus_81 not found' })).toBe('message:Invoice * for * not found');
    expect(suggestPattern({ name: 'QuotaError', status: 507 })).toBe('name:QuotaError');
    expect(suggestPattern({ status: 507 })).toBe('507');
    expect(suggestPattern({})).toBeNull();
  });

  it('stars quoted values, addresses and ids in messages', () => {
    expect(messageGlob('User "ana" (ana@example.com) hit limit 5 on a1b2c3d4e5')).toBe('User * (*) hit limit * on *');
  });

  it('writes the front-matter line, quoted when needed', () => {
    expect(frontMatterLine('code:X')).toBe('errors: [code:X]');
    expect(frontMatterLine('message:Invoice * not found')).toBe('errors: ["message:Invoice * not found"]');
  });
});
