import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LONGHORN_QUESTIONS, OCHRE_QUESTIONS, OXVO_QUESTIONS, titleWordsIn, type GroundQuestion } from '../../bench/ground-questions';
import { compileContent } from '../../src/compiler/compile-content';
import { bodyText } from '../../src/engine/base/inline-text';
import { createHelpEngine } from '../../src/engine/create-help-engine';
import { indexLanguage } from '../../src/engine/search/search-index';
import { tokenize } from '../../src/engine/search/tokenize';

const here = dirname(fileURLToPath(import.meta.url));
const LONGHORN = join(here, '../../../shared/corpora/longhorn-kb');

describe('given the paraphrased questions of the grounding bench', () => {
  it('stops a question that uses a title word, function words aside', () => {
    expect(titleWordsIn('why are webhooks not firing?', ['Webhooks not firing'])).toEqual(['webhooks', 'firing']);
    expect(titleWordsIn('our receiver gets no event calls', ['Webhooks not firing'])).toEqual([]);
  });

  for (const [name, dir, questions] of [
    ['content/oxvo', join(here, '../../content/oxvo'), OXVO_QUESTIONS],
    ['content/ochre', join(here, '../../content/ochre'), OCHRE_QUESTIONS],
    ['the Longhorn KB', LONGHORN, LONGHORN_QUESTIONS],
  ] as [string, string, GroundQuestion[]][]) {
    it.runIf(existsSync(dir))(`asks about each article of ${name} in its own words: none of its titles', at least three of its text's`, async () => {
      const { index } = await compileContent(dir);
      const engine = createHelpEngine(index);
      const language = indexLanguage(index);
      const problems: string[] = [];
      for (const { question, expect: id } of questions) {
        const article = engine.article(id.split('#')[0]!);
        if (!article || (id.includes('#') && !engine.symptom(id))) {
          problems.push(`${id}: not in ${name}`);
          continue;
        }
        const symptoms = article.symptomIds.map((symptomId) => engine.symptom(symptomId)!);
        const used = titleWordsIn(question, [article.title, ...symptoms.map((symptom) => symptom.title)]);
        if (used.length > 0) problems.push(`${id}: uses ${used.join(', ')}`);
        // Grounding reads words, not meanings: a question is fair when the article's own text (not its titles) holds some of its words.
        const text = [bodyText(index.bodies[article.id] ?? []), article.summary, ...article.aliases, ...article.tags, ...symptoms.flatMap((s) => [s.description, ...s.checks.map((c) => c.text)])].join('\n');
        const terms = new Set(tokenize(text, language).map((token) => token.term));
        const asked = new Set(tokenize(question, language).filter((token) => !language.isStopWord(token.word)).map((token) => token.term));
        const shared = [...asked].filter((term) => terms.has(term));
        if (shared.length < 3) problems.push(`${id}: shares only ${shared.join(', ') || 'nothing'} with its text`);
      }
      expect(problems).toEqual([]);
      expect(new Set(questions.map((question) => question.expect)).size).toBe(questions.length);
    });
  }
});
