/** What is wrong with an index, as a stable code the UI can switch on. */
export type HelpIndexProblem =
  | 'not-an-object'
  | 'wrong-format'
  | 'unsupported-version'
  | 'invalid-shape'
  /** A file of a split index could not be fetched (offline, a 404, a server error). */
  | 'unavailable'
  /** A file of a split index belongs to another build than its manifest (a deploy between two fetches): reload the manifest. */
  | 'stale';

/**
 * Thrown by `createHelpEngine` for an index it cannot use. The message is one
 * sentence that says what is wrong and how to fix it; the React layer catches
 * it and shows an error screen instead of breaking the host app.
 */
export class HelpIndexError extends Error {
  override readonly name = 'HelpIndexError';
  /** Which kind of problem it is. */
  readonly problem: HelpIndexProblem;
  /** Where in the index, as a path such as `symptoms[3].checks`, when the problem is in one place. */
  readonly path: string | undefined;

  constructor(problem: HelpIndexProblem, message: string, path?: string) {
    super(message);
    this.problem = problem;
    this.path = path;
  }
}
