import type { HelpReport } from './build-report';
import { FUNNEL_STEPS, percent } from './funnel';
import { describeError } from './render-text';

const escape = (value: unknown): string =>
  String(value).replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/** A horizontal bar chart as inline SVG, with the numbers in text too (the chart is never the only way to read them). */
function barChart(title: string, rows: readonly { label: string; value: number; note?: string }[], id: string): string {
  const max = Math.max(1, ...rows.map((row) => row.value));
  const rowHeight = 30;
  const labelWidth = 190;
  const barWidth = 360;
  const height = rows.length * rowHeight + 8;
  const bars = rows
    .map((row, i) => {
      const y = i * rowHeight + 4;
      const width = Math.max(row.value > 0 ? 2 : 0, Math.round((row.value / max) * barWidth));
      return (
        `<text x="0" y="${y + 19}" class="label">${escape(row.label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 4}" width="${width}" height="${rowHeight - 10}" rx="3" class="bar"/>` +
        `<text x="${labelWidth + width + 8}" y="${y + 19}" class="value">${escape(row.value)}${row.note ? ` (${escape(row.note)})` : ''}</text>`
      );
    })
    .join('');
  return (
    `<svg role="img" aria-labelledby="${id}" viewBox="0 0 ${labelWidth + barWidth + 140} ${height}" width="100%" preserveAspectRatio="xMinYMin meet">` +
    `<title id="${id}">${escape(title)}</title>${bars}</svg>`
  );
}

function table(caption: string, headers: readonly string[], rows: readonly (readonly unknown[])[], empty: string): string {
  if (rows.length === 0) return `<p class="empty">${escape(empty)}</p>`;
  const head = headers.map((header) => `<th scope="col">${escape(header)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell === null ? '' : String(cell)}</td>`).join('')}</tr>`).join('');
  return `<table><caption>${escape(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

const STYLE = `
:root { color-scheme: light dark; --fg: #1c1d21; --muted: #545863; --bg: #fff; --panel: #f4f5f7; --bar: #2f5fd0; --line: #d5d8de; }
@media (prefers-color-scheme: dark) { :root { --fg: #eceef2; --muted: #b5bac4; --bg: #15161a; --panel: #202229; --bar: #8fb0ff; --line: #3a3d46; } }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 980px; margin: 0 auto; padding: 24px 20px 48px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; } h2 { font-size: 1.2rem; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 1rem; margin: 20px 0 6px; }
p.meta, p.empty { color: var(--muted); margin: 4px 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(135px, 1fr)); gap: 10px; margin: 16px 0; padding: 0; list-style: none; }
.cards li { background: var(--panel); border-radius: 8px; padding: 10px 12px; }
.cards strong { display: block; font-size: 1.5rem; }
svg { display: block; max-width: 700px; margin: 8px 0 16px; }
svg .label, svg .value { font: 13px system-ui, sans-serif; fill: var(--fg); }
svg .bar { fill: var(--bar); }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 14px; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
code { font: 13px ui-monospace, SFMono-Regular, Menlo, monospace; background: var(--panel); padding: 1px 4px; border-radius: 4px; }
blockquote { margin: 2px 0; color: var(--muted); }
`;

/**
 * The report as one self-contained HTML page: inline CSS and SVG charts, no
 * script, no external request, so it opens offline and can be attached to a ticket.
 */
export function renderHtml(report: HelpReport): string {
  const { events, funnel, coverage } = report;
  const code = (value: unknown) => `<code>${escape(value)}</code>`;
  const summary = [
    ['Sessions', events.sessions],
    ['Events', events.counted],
    ['Searches', report.searches.total],
    ['Escalation rate', `${percent(funnel.escalated, funnel.opened)}%`],
    ['Route coverage', coverage.routes ? `${coverage.routes.percent}%` : 'not measured'],
    ['Error coverage', coverage.errors ? `${coverage.errors.percent}%` : 'not measured'],
  ];
  const notices: string[] = [];
  if (events.malformed > 0) {
    notices.push(
      `<p>Skipped ${events.malformed} malformed line${events.malformed === 1 ? '' : 's'}: ${events.malformedLines
        .slice(0, 10)
        .map((line) => `${escape(line.file)}:${line.line} (${escape(line.reason)})`)
        .join(', ')}${events.malformed > 10 ? ', …' : ''}.</p>`,
    );
  }
  for (const other of events.otherBuilds) {
    notices.push(
      `<p>Not counted: ${other.events} events in ${other.sessions} sessions from ${
        other.helpCenter === report.helpCenter.id ? 'another build' : `help center ${escape(other.helpCenter ?? '(none)')}`
      } ${other.build ? code(other.build.slice(0, 12)) : '(no index loaded)'}.</p>`,
    );
  }

  const sections: string[] = [];
  sections.push(
    `<section aria-labelledby="funnel"><h2 id="funnel">Deflection funnel</h2><p class="meta">Sessions that reached each step.</p>` +
      barChart(
        'Deflection funnel: sessions per step',
        FUNNEL_STEPS.map((step) => ({ label: step.label, value: funnel[step.key], note: `${percent(funnel[step.key], funnel.opened)}%` })),
        'funnel-chart',
      ) +
      table(
        'Per symptom',
        ['Symptom', 'Shown', 'Ticked any', 'Ticked all', 'Helpful', 'Not helpful', 'Escalated'],
        report.symptoms.map((s) => [escape(s.title), s.shown, s.checkedAny, s.checkedAll, s.helpfulYes, s.helpfulNo, s.escalated]),
        'No symptom was shown.',
      ) +
      `</section>`,
  );
  sections.push(
    `<section aria-labelledby="searches"><h2 id="searches">Searches</h2>` +
      (report.searches.noResults.length > 0
        ? barChart(
            'Top searches with no results',
            report.searches.noResults.map((q) => ({ label: q.query.length > 26 ? `${q.query.slice(0, 25)}…` : q.query, value: q.count })),
            'no-results-chart',
          )
        : '') +
      table('No results', ['Query', 'Count'], report.searches.noResults.map((q) => [escape(q.query), q.count]), 'Every search found something.') +
      table(
        'Results but no click',
        ['Query', 'Count', 'Shown now'],
        report.searches.noClick.map((q) => [escape(q.query), q.count, escape(q.shown.map((hit) => hit.title).join('; '))]),
        'Every search with results led to an article.',
      ) +
      `</section>`,
  );
  sections.push(
    `<section aria-labelledby="symptoms"><h2 id="symptoms">Symptoms</h2>` +
      table(
        'Highest escalation rate after the checklist',
        ['Symptom', 'Escalated after a check', 'Ticked a check', 'Rate'],
        report.escalationAfterChecklist.map((s) => [escape(s.title), s.escalatedAfterChecks, s.checkedAny, `${s.escalationRateAfterChecks}%`]),
        'No escalation after a ticked check.',
      ) +
      table(
        'Checks whose diagnostics fail most',
        ['Check', 'Diagnostic', 'Failed', 'Runs'],
        report.failingDiagnostics.map((d) => [escape(d.check), code(d.diagnostic), d.failed, d.runs]),
        'No diagnostic failed.',
      ) +
      table(
        '"Not helpful" votes',
        ['Article or symptom', 'Votes', 'Comments'],
        report.notHelpful.map((n) => [escape(n.title), n.count, n.comments.map((c) => `<blockquote>${escape(c)}</blockquote>`).join('')]),
        'No "not helpful" votes.',
      ) +
      `</section>`,
  );
  const ratioLine = (name: string, ratio: HelpReport['coverage']['routes'], hint: string) =>
    ratio ? `<p>${name}: ${ratio.covered} of ${ratio.total} covered (${ratio.percent}%).</p>` : `<p class="empty">${name}: not measured (${hint}).</p>`;
  sections.push(
    `<section aria-labelledby="coverage"><h2 id="coverage">Coverage</h2>` +
      ratioLine('Routes', coverage.routes, 'pass --routes, --next or --react-router') +
      table('Routes without an article', ['Route'], coverage.routesWithoutArticle.map((r) => [code(r)]), 'Every route listed is covered.') +
      ratioLine('Error codes', coverage.errors, 'pass --errors') +
      table('Error codes without an article', ['Error'], coverage.errorsWithoutArticle.map((e) => [code(e)]), 'Every error listed is covered.') +
      table(
        'Errors users hit that matched nothing',
        ['Error', 'Pattern', 'Times', 'Sessions', 'Routes'],
        coverage.unmatchedErrors.map((e) => [escape(describeError(e.error)), e.pattern ? code(e.pattern) : '', e.count, e.sessions, e.routes.map(code).join(' ')]),
        'Every error users hit matched an article.',
      ) +
      table(
        'Articles nothing reached',
        ['Article', 'File'],
        coverage.articlesNeverReached.map((a) => [escape(a.title), code(a.file)]),
        'Every article was reached.',
      ) +
      `</section>`,
  );
  const { asks } = report;
  if (asks.asked > 0 || asks.answered > 0) {
    sections.push(
      `<section aria-labelledby="asks"><h2 id="asks">Questions in the user's own words</h2>` +
        `<p class="meta">${asks.asked} asked, ${asks.answered} answered (${asks.cited} citing the help center), ${asks.failed} failed, ${asks.stopped} stopped; ` +
        `helpful ${asks.helpful.yes} yes, ${asks.helpful.no} no.</p>` +
        table(
          'Questions the content did not cover: the articles to write next',
          ['Question', 'Times'],
          asks.notCovered.map((q) => [escape(q.query), q.count]),
          'Every question was answered from the help center.',
        ) +
        table('Cited in answers', ['Symptom or article', 'Answers'], asks.citedBy.map((c) => [escape(c.title), c.count]), 'No answer cited an article yet.') +
        `</section>`,
    );
  }
  sections.push(
    `<section aria-labelledby="patterns"><h2 id="patterns">Suggested patterns</h2>` +
      `<p class="meta">Errors that sessions solved with an article their error did not open. Add the line to the article's front matter, or run with --write-patterns.</p>` +
      table(
        'Front-matter lines that would have opened the article directly',
        ['File', 'Line', 'Sessions'],
        report.suggestedPatterns.map((s) => [code(s.file ?? s.articleId), code(s.frontMatter), s.count]),
        'No suggestions yet.',
      ) +
      `</section>`,
  );

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Help report: ${escape(report.helpCenter.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Help report: ${escape(report.helpCenter.title)}</h1>
<p class="meta">Build ${code(report.build.slice(0, 12))}${events.from ? `, events from ${escape(events.from)} to ${escape(events.to)}` : ''}.</p>
<ul class="cards">${summary.map(([label, value]) => `<li>${escape(label)}<strong>${escape(value)}</strong></li>`).join('')}</ul>
${notices.join('\n')}
${sections.join('\n')}
</main>
</body>
</html>
`;
}
