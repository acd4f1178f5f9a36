import { describe, expect, it } from 'vitest';
import { compileMessageText, messageKeyWord, messageKeyWords, messageTokens, plainMessage } from '../../../src/engine/match/message-text';

/** Whether the author's message matches the app's. */
const matches = (written: string, given: string) => compileMessageText(written)?.(given) != null;
const score = (written: string, given: string) => compileMessageText(written)?.(given) ?? null;

describe('given a message as an app prints it', () => {
  it('leaves out a leading error class name, outer quotes and trailing punctuation', () => {
    expect(plainMessage('AuthApiError: Email not confirmed')).toBe('Email not confirmed');
    expect(plainMessage('"Email not confirmed."')).toBe('Email not confirmed');
    expect(plainMessage('Error: TypeError: Failed to fetch')).toBe('Failed to fetch');
    expect(plainMessage('“Signed URL has expired”!')).toBe('Signed URL has expired');
  });

  it('keeps a message that only starts like a class name', () => {
    expect(plainMessage('Error 1016: Origin DNS error')).toBe('Error 1016: Origin DNS error');
    expect(plainMessage('Validation error: name is required')).toBe('Validation error: name is required');
  });

  it('reads quoted values, numbers, ids, addresses and URLs as values', () => {
    expect(messageTokens('Bucket "avatars" not found: 3 tries, id cus_81HJk2 for <jane@example.com> at https://x.example.com/a.')).toEqual([
      { kind: 'word', text: 'bucket' },
      { kind: 'quoted', text: 'avatars' },
      { kind: 'word', text: 'not' },
      { kind: 'word', text: 'found' },
      { kind: 'number', text: '3' },
      { kind: 'word', text: 'tries' },
      { kind: 'word', text: 'id' },
      { kind: 'id', text: 'cus_81hjk2' },
      { kind: 'word', text: 'for' },
      { kind: 'id', text: 'jane@example.com' },
      { kind: 'word', text: 'at' },
      { kind: 'id', text: 'https://x.example.com/a' },
    ]);
  });

  it("keeps an apostrophe inside a word, and is not fooled by one outside a quote", () => {
    expect(messageTokens("can't reach the users' files").map((token) => token.text)).toEqual(["can't", 'reach', 'the', 'users', 'files']);
  });
});

describe('given a message an author wrote', () => {
  it('matches it whatever the case, the outer quotes, the punctuation and the class name', () => {
    expect(matches('Email not confirmed', 'email not confirmed')).toBe(true);
    expect(matches('Email not confirmed', 'AuthApiError: Email not confirmed.')).toBe(true);
    expect(matches('Email not confirmed', '"Email not confirmed"')).toBe(true);
    expect(matches('Function failed to start (please check logs)', 'function failed to start: please check logs')).toBe(true);
  });

  it('finds it inside a longer message, its words whole and in order', () => {
    expect(matches('invalid JWT', 'invalid JWT: unable to parse or verify signature')).toBe(true);
    expect(matches('Email not confirmed', 'Email address not confirmed')).toBe(false);
    expect(matches('Email not confirmed', 'Not confirmed: email')).toBe(false);
    expect(matches('otp expired', 'otp expiredness')).toBe(false);
  });

  it('lets a quoted value vary, quoted or with its quotes lost', () => {
    expect(matches('Bucket "avatars" not found', 'Bucket "logos" not found')).toBe(true);
    expect(matches('Bucket "avatars" not found', "Bucket 'logos' not found")).toBe(true);
    expect(matches('Bucket "avatars" not found', 'Bucket logos not found')).toBe(true);
    expect(matches('Bucket "avatars" not found', 'Bucket not found')).toBe(false);
  });

  it('lets numbers and ids vary', () => {
    expect(matches('Rate limit of 100 requests exceeded', 'Rate limit of 250 requests exceeded')).toBe(true);
    expect(matches('Task timed out after 10.00 seconds', 'Task timed out after 3.50 seconds')).toBe(true);
    expect(matches("No such customer: 'cus_81HJk2LmQ9'", "No such customer: 'cus_Zz91xQ'")).toBe(true);
    expect(matches('MFA challenge 6f1d2c9e-8a4b-4e47-9d0f-3b2a1c5e7d90 has expired', 'MFA challenge 0b9f4a1e-2c3d-4e5f-8a9b-1c2d3e4f5a6b has expired')).toBe(true);
    expect(matches('Message to <jane@example.com> bounced', 'Message to <sam@shop.example.org> bounced')).toBe(true);
    expect(matches('Webhook delivery to https://hooks.example.com/orders timed out', 'Webhook delivery to https://api.acme.test/hooks/7 timed out')).toBe(true);
  });

  it('does not let a value stand in for a word', () => {
    expect(matches('Rate limit of 100 requests exceeded', 'Rate limit of many requests exceeded')).toBe(false);
    expect(matches('Bucket "avatars" not found', 'Bucket "avatars" was not found')).toBe(false);
  });

  it('keeps a number that names the error fixed', () => {
    expect(matches('Build failed with exit code 1', 'Build failed with exit code 137')).toBe(false);
    expect(matches('Error 1016: Origin DNS error', 'Error 1020: Origin DNS error')).toBe(false);
    expect(matches('Build failed with exit code 137', 'Build failed with exit code 137')).toBe(true);
  });

  it('reads the placeholders docs write as values, and * as anything', () => {
    expect(matches('Bucket {name} not found', 'Bucket "logos" not found')).toBe(true);
    expect(matches('User <id> was deleted', 'User u_8812 was deleted')).toBe(true);
    expect(matches('quota * exceeded', 'quota for project acme exceeded')).toBe(true);
    expect(matches('quota * exceeded', 'exceeded quota')).toBe(false);
  });

  it('takes a word the app quoted as that word', () => {
    expect(matches('column email does not exist', 'column "email" does not exist')).toBe(true);
  });

  it('scores the whole message above a part of it, and the author\'s own values above others', () => {
    expect(score('invalid JWT', 'invalid JWT')!).toBeGreaterThan(score('invalid JWT', 'invalid JWT: token is expired')!);
    expect(score('table "objects"', 'table "objects"')!).toBeGreaterThan(score('table "objects"', 'table "todos"')!);
    expect(score('invalid JWT: unable to parse', 'invalid JWT: unable to parse or verify')!).toBeGreaterThan(score('invalid JWT', 'invalid JWT: unable to parse or verify')!);
  });

  it('keeps every score below the step of one more table facet', () => {
    const long = 'one two three four five six seven eight nine ten eleven twelve';
    expect(score(long, long)).toBeLessThan(25);
  });

  it('compares nothing for a message without a word to anchor on', () => {
    expect(compileMessageText('"{name}" 42')).toBeNull();
    expect(compileMessageText('*')).toBeNull();
  });

  it('answers for hostile messages: very long, unclosed quotes, endless punctuation', () => {
    const compare = compileMessageText('Bucket "avatars" not found')!;
    expect(compare(`Bucket "${'x'.repeat(5000)}`)).toBeNull();
    expect(compare(`${'"'.repeat(900)} Bucket "logos" not found`)).not.toBeNull();
    // Past the 1,000 characters `normalizeError` keeps (and twice that here), nothing more is read.
    expect(compare(`${'"'.repeat(3000)} Bucket "logos" not found`)).toBeNull();
    expect(compare(`${'. '.repeat(3000)}`)).toBeNull();
    expect(compare('')).toBeNull();
  });
});

describe('given the keys of a split index', () => {
  it('files a message under the first letters of its longest word that follows a space or punctuation', () => {
    expect(messageKeyWord('Email not confirmed')).toBe('con');
    expect(messageKeyWord('invalid JWT')).toBe('jwt');
    expect(messageKeyWord('Bucket "avatars" not found')).toBe('fou');
  });

  it('files no key word for a message whose words could start mid-word or vary', () => {
    expect(messageKeyWord('quota')).toBeUndefined();
    expect(messageKeyWord('quota*exceeded')).toBeUndefined();
    expect(messageKeyWord('{name} 42')).toBeUndefined();
  });

  it('asks, for an error message, for the key of every word that a written message could be filed under', () => {
    const cases: [string, string][] = [
      ['Email not confirmed', 'AuthApiError: "Email not confirmed."'],
      ['invalid JWT', 'invalid JWT: unable to parse'],
      ['Bucket "avatars" not found', 'Bucket "logos" not found'],
      ['column email does not exist', 'column "email" does not exist'],
      ['Function failed to start (please check logs)', 'function failed to start: please check logs'],
      ['Rate limit of 100 requests exceeded', 'Rate limit of 250 requests exceeded'],
    ];
    for (const [written, given] of cases) {
      expect(matches(written, given), written).toBe(true);
      expect(messageKeyWords(given), written).toContain(messageKeyWord(written));
    }
  });
});
