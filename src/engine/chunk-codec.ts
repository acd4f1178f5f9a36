import { HELP_INDEX_FORMAT, HELP_MANIFEST_VERSION, type HelpChunk } from '../schema/help-index';
import { HelpIndexError } from './help-index-error';
import { checkVersion, isRecord } from './validate-index';

const damaged = (file: string, message: string) =>
  new HelpIndexError('invalid-shape', `The help index file ${file} is damaged: ${message}; rebuild it with \`help-panel build\`.`);

/** Reads an article chunk as the compiler wrote it; throws a {@link HelpIndexError} for anything else. */
export function decodeChunk(value: unknown, file: string): HelpChunk {
  if (!isRecord(value) || value.format !== HELP_INDEX_FORMAT) throw damaged(file, 'it is not a help-panel file');
  checkVersion(value.version, HELP_MANIFEST_VERSION);
  if (value.kind !== 'chunk' || !Array.isArray(value.articles) || !Array.isArray(value.symptoms) || !isRecord(value.bodies)) {
    throw damaged(file, 'it is not an article chunk');
  }
  value.articles.forEach((article, i) => {
    if (!isRecord(article) || typeof article.id !== 'string' || typeof article.title !== 'string' || !Array.isArray(article.symptomIds)) {
      throw damaged(file, `articles[${i}] is not an article`);
    }
  });
  value.symptoms.forEach((symptom, i) => {
    if (!isRecord(symptom) || typeof symptom.id !== 'string' || typeof symptom.articleId !== 'string' || !Array.isArray(symptom.checks)) {
      throw damaged(file, `symptoms[${i}] is not a symptom`);
    }
  });
  return value as unknown as HelpChunk;
}
