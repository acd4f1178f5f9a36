// scripts/check-help.ts: the CLI's `help-panel check`, from your own Node code (a CI step, a
// pre-commit hook). Prints every mistake as path:line:column and says whether the build would fail.
import { compileContent, formatDiagnostic, hasErrors } from 'help-panel/compiler';

export async function checkHelp(dir: string, log: (line: string) => void = console.error): Promise<number> {
  const { index, diagnostics } = await compileContent(dir, {
    knownDiagnostics: ['webhook-endpoint-reachable'], // a check bound to another name is a warning
  });
  for (const diagnostic of diagnostics) log(formatDiagnostic(diagnostic));
  log(`${index.articles.length} articles, ${index.symptoms.length} symptoms`);
  return hasErrors(diagnostics) ? 1 : 0; // the exit code: 1 when `help-panel build` would refuse to write
}
