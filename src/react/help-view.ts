/**
 * Where the panel is, as data. The screen itself is picked from this and the
 * load status by `selectScreen`.
 */
export type HelpView =
  /** Resolve on open: the best match's symptom if there is one, home otherwise. */
  | { screen: 'auto' }
  | { screen: 'home' }
  /** `suggested`: opened because the route or error matched, so the reasons are shown. */
  | { screen: 'symptom'; symptomId: string; suggested?: boolean }
  /** `scrollTo`: a heading id or a symptom id to bring into view. */
  | { screen: 'article'; articleId: string; scrollTo?: string }
  /**
   * The "Contact support" form, about the article and symptom it was opened from (none from home or search),
   * or, with `fromAnswer`, about the question and answer on the answer screen.
   */
  | { screen: 'escalation'; articleId?: string; symptomId?: string; fromAnswer?: boolean }
  /** An answer to a question in the user's own words (`<HelpProvider ask>`); `id` tells two askings of one question apart. */
  | { screen: 'ask'; question: string; id: number }
  /** A search the user opened a result from: Back returns to these results (then to the screen under them). */
  | { screen: 'search'; query: string };

/** Whether the index is there yet. */
export type HelpLoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Which screen the panel shows. */
export type HelpScreen = 'loading' | 'error' | 'home' | 'search' | 'symptom' | 'article' | 'escalation' | 'ask' | 'not-found';
