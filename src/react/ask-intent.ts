import type { SearchHit } from '../engine/types';

/**
 * Words a question starts with, in the languages the panel ships labels for (Japanese and
 * Chinese questions end in か, 吗 or a question mark instead). Lower case, accents kept.
 */
const QUESTION_WORDS = new Set(
  (
    'how why what when where who whom whose which can could would should shall will is are am was were do does did ' +
    'has have had may might must isnt arent doesnt dont didnt wont cant ' +
    'wie warum wieso weshalb was wann wo wer welche welcher welches kann können muss soll ist sind gibt ' +
    'comment pourquoi quand où qui quel quelle quels quelles est-ce puis-je peut-on ' +
    'cómo como por qué porqué cuándo dónde quién cuál puedo puede hay ' +
    'quando onde quem qual posso pode existe'
  ).split(' '),
);

/** A finished sentence rather than search words: this many words or more. */
const SENTENCE_WORDS = 6;

/** Whether the query reads as a question: a question mark, a question word first, a trailing か/吗, or a whole sentence. */
export function readsAsQuestion(query: string): boolean {
  const text = typeof query === 'string' ? query.trim() : '';
  if (text === '') return false;
  if (/[?？؟]\s*$|[か吗嗎呢][。]?\s*$/u.test(text)) return true;
  const words = text.toLowerCase().split(/\s+/);
  const first = (words[0] ?? '').replace(/[’'`]/g, '');
  return QUESTION_WORDS.has(first) || words.length >= SENTENCE_WORDS;
}

/** Whether search found something the user most likely meant: the best hit has the query's words in its title. */
export function hasStrongHit(hits: readonly SearchHit[]): boolean {
  const best = hits[0];
  if (!best) return false;
  return best.matches.some((match) => (match.field === 'title' || match.field === 'symptom' || match.field === 'aliases') && match.ranges.length > 0);
}

/** Whether Enter in the search box should ask rather than open the first result. */
export function enterAsks(query: string, hits: readonly SearchHit[]): boolean {
  return readsAsQuestion(query) || !hasStrongHit(hits);
}
