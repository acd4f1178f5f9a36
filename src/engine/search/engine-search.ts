import { createSearch, type SearchFunction } from './search';
import { buildSearchData, indexLanguage, isEngineSearchData } from './search-index';
import type { HelpEngineCore } from '../types';

/**
 * Search for an engine core. The index's precomputed search data is used as
 * is when this engine can read it (right version, every record still in the
 * index); otherwise it is built here, as the compiler would.
 *
 * Its own module, importing nothing the core uses, so that the React panel
 * can load it (and Fuse with it) in a chunk of its own. Damaged data throws
 * whatever it throws: callers wrap it in `guard`, as `createEngineSearch` does.
 */
export function engineSearch(core: HelpEngineCore): SearchFunction {
  const { index, article, symptom } = core;
  const data = index.search;
  const language = indexLanguage(index);
  const usable = isEngineSearchData(data, language) && data.refs.every((ref) => typeof ref === 'string' && (symptom(ref) ?? article(ref)) !== undefined);
  return createSearch(index, usable ? data : buildSearchData(index), core.match, article, symptom, language);
}

export { createRelatedMatch } from './related-search';
