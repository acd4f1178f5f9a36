import type { HelpReport } from './build-report';
import { FUNNEL_STEPS, percent } from './funnel';
import type { ErrorFacts } from './suggested-patterns';

/** One line that names an error by its facts: `code STRIPE_X, status 424, "Stripe is not connected"`. */
export function describeError(error: ErrorFacts): string {
  const parts: string[] = [];
  if (error.code) parts.push(`code ${error.code}`);
  if (error.status !== undefined) parts.push(`status ${error.status}`);
  if (error.name) parts.push(error.name);
  if (error.message) parts.push(JSON.stringify(error.message));
  return parts.join(', ');
}

/** The terminal summary: short sections, one fact a line, lists capped at the report's `top`. */
export function renderText(report: HelpReport): string {
  const out: string[] = [];
  const section = (title: string) => out.push('', title);
  const { events } = report;
  out.push(`help-panel report — ${report.helpCenter.title} (${report.helpCenter.id}, build ${report.build.slice(0, 12)})`);
  out.push(
    `${events.counted} events in ${events.sessions} sessions${events.from ? `, ${events.from} to ${events.to}` : ''}` +
      ` (${events.read} read from ${events.files.length} file${events.files.length === 1 ? '' : 's'}).`,
  );
  if (events.malformed > 0) {
    out.push(`Skipped ${events.malformed} malformed line${events.malformed === 1 ? '' : 's'}:`);
    for (const line of events.malformedLines) out.push(`  ${line.file}:${line.line}: ${line.reason}`);
    if (events.malformed > events.malformedLines.length) out.push(`  … and ${events.malformed - events.malformedLines.length} more`);
  }
  // Notes (`info`, such as missing translations) never fail a build, so they are not problems.
  const problems = report.contentDiagnostics.filter((diagnostic) => diagnostic.level !== 'info').length;
  if (problems > 0) out.push(`The content has ${problems} problem${problems === 1 ? '' : 's'}; "help-panel check" lists them.`);
  for (const other of events.otherBuilds) {
    out.push(
      `Not counted: ${other.events} events in ${other.sessions} sessions from ${other.helpCenter === report.helpCenter.id ? 'another build' : `help center ${other.helpCenter ?? '(none)'}`}` +
        ` ${other.build ? other.build.slice(0, 12) : '(no index loaded)'}, ${other.from} to ${other.to}.`,
    );
  }

  section('Deflection funnel (sessions)');
  const opened = report.funnel.opened;
  for (const step of FUNNEL_STEPS) {
    out.push(`  ${step.label.padEnd(22)} ${String(report.funnel[step.key]).padStart(7)}  ${percent(report.funnel[step.key], opened)}%`);
  }

  section('Searches with no results');
  if (report.searches.noResults.length === 0) out.push('  none');
  for (const { query, count } of report.searches.noResults) out.push(`  ${String(count).padStart(5)}  ${JSON.stringify(query)}`);
  section('Searches with results but no click');
  if (report.searches.noClick.length === 0) out.push('  none');
  for (const { query, count, shown } of report.searches.noClick) {
    out.push(`  ${String(count).padStart(5)}  ${JSON.stringify(query)} → ${shown.map((hit) => hit.title).join('; ') || '(nothing now)'}`);
  }

  section('Symptoms (shown / ticked any / ticked all / helpful yes / no / escalated)');
  if (report.symptoms.length === 0) out.push('  none shown');
  for (const symptom of report.symptoms) {
    const numbers = [symptom.shown, symptom.checkedAny, symptom.checkedAll, symptom.helpfulYes, symptom.helpfulNo, symptom.escalated];
    out.push(`  ${numbers.map((n) => String(n).padStart(4)).join(' ')}  ${symptom.title} [${symptom.id}]`);
  }
  if (report.escalationAfterChecklist.length > 0) {
    section('Highest escalation rate after the checklist');
    for (const symptom of report.escalationAfterChecklist) {
      out.push(`  ${`${symptom.escalationRateAfterChecks}%`.padStart(6)}  ${symptom.title} (${symptom.escalatedAfterChecks} of ${symptom.checkedAny})`);
    }
  }
  if (report.failingDiagnostics.length > 0) {
    section('Checks whose diagnostics fail most');
    for (const check of report.failingDiagnostics) {
      out.push(`  ${String(check.failed).padStart(5)} of ${check.runs}  ${check.diagnostic}: ${check.check} [${check.symptomId}]`);
    }
  }
  if (report.notHelpful.length > 0) {
    section('"Not helpful" votes');
    for (const entry of report.notHelpful) {
      out.push(`  ${String(entry.count).padStart(5)}  ${entry.title}`);
      for (const comment of entry.comments) out.push(`         “${comment}”`);
    }
  }

  section('Coverage');
  const { coverage } = report;
  if (coverage.routes) {
    out.push(`  Routes: ${coverage.routes.covered} of ${coverage.routes.total} covered (${coverage.routes.percent}%)`);
    for (const route of coverage.routesWithoutArticle) out.push(`    no article: ${route}`);
  } else out.push('  Routes: not measured (pass --routes, --next or --react-router)');
  if (coverage.errors) {
    out.push(`  Error codes: ${coverage.errors.covered} of ${coverage.errors.total} covered (${coverage.errors.percent}%)`);
    for (const error of coverage.errorsWithoutArticle) out.push(`    no article: ${error}`);
  } else out.push('  Error codes: not measured (pass --errors)');
  if (coverage.unmatchedErrors.length > 0) {
    out.push('  Errors users hit that matched nothing:');
    for (const entry of coverage.unmatchedErrors) {
      out.push(
        `    ${String(entry.count).padStart(5)}  ${entry.pattern ?? describeError(entry.error)}${entry.pattern ? ` (e.g. ${describeError(entry.error)})` : ''}` +
          `${entry.routes.length ? ` on ${entry.routes.join(', ')}` : ''}`,
      );
    }
  }
  if (coverage.articlesNeverReached.length > 0) {
    out.push('  Articles nothing reached:');
    for (const article of coverage.articlesNeverReached) out.push(`    ${article.title} (${article.file})`);
  }

  const { asks } = report;
  if (asks.asked > 0 || asks.answered > 0) {
    section('Questions asked in the user\'s own words');
    out.push(
      `  ${asks.asked} asked, ${asks.answered} answered (${asks.cited} citing the help center), ${asks.failed} failed, ${asks.stopped} stopped;` +
        ` helpful ${asks.helpful.yes} yes / ${asks.helpful.no} no`,
    );
    section('Questions the content did not cover (articles to write next)');
    if (asks.notCovered.length === 0) out.push('  none');
    for (const { query, count } of asks.notCovered) out.push(`  ${String(count).padStart(5)}  ${JSON.stringify(query)}`);
    section('Cited in answers');
    if (asks.citedBy.length === 0) out.push('  none');
    for (const entry of asks.citedBy) out.push(`  ${String(entry.count).padStart(5)}  ${entry.title} [${entry.id}]`);
  }

  section('Suggested patterns');
  if (report.suggestedPatterns.length === 0) out.push('  none');
  for (const suggestion of report.suggestedPatterns) {
    out.push(`  ${String(suggestion.count).padStart(5)}  ${suggestion.file ?? suggestion.articleId}: ${suggestion.frontMatter}`);
  }
  return `${out.join('\n')}\n`;
}
