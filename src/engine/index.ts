export type * from './types';
export { createHelpEngine } from './create-help-engine';
export { HelpIndexError, type HelpIndexProblem } from './help-index-error';
export { normalizeError } from './normalize-error';
export { normalizeRoute } from './normalize-route';
export {
  compileRoutePattern,
  isRoutePatternProblem,
  matchRoute,
  type CompiledRoute,
  type RoutePatternProblem,
} from './route-pattern';
export { parseErrorPattern, isErrorPatternProblem, type ErrorPatternProblem } from './error-pattern';
export { buildSearchData, SEARCH_DATA_VERSION, type EngineSearchData } from './search-index';
