import { join } from 'node:path';
import { localePacks, measureLocalePacks } from '../scripts/locale-pack-sizes.mjs';

/** What one pack may cost the app that imports it (the same cap as `scripts/size.mjs`). */
const PACK_BUDGET = 4 * 1024;

/**
 * The gzip size of each label pack (`help-panel/locales/<tag>`), bundled alone from src/
 * and minified as an app's production build would. `npm run bench` runs from the
 * repository root (the bench is bundled elsewhere, so not relative to this file).
 * Prints a table; returns whether every pack is within its budget.
 */
export async function benchLocalePacks(): Promise<boolean> {
  const root = process.cwd();
  const sizes = await measureLocalePacks(root, localePacks(join(root, 'src/locales'), '.ts'));
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} kB`;
  const header = ['label pack', 'minified', 'gzip', 'target', 'result'];
  const body = sizes.map((s) => [`help-panel/locales/${s.tag}`, kb(s.minified), kb(s.gzip), `≤ ${kb(PACK_BUDGET)} gzip`, s.gzip <= PACK_BUDGET ? 'pass' : 'FAIL']);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log('\nLabel packs (issue 14), each bundled alone and minified as an app that imports it would ship it:\n');
  console.log(line(header));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const row of body) console.log(line(row));
  return sizes.length > 0 && sizes.every((s) => s.gzip <= PACK_BUDGET);
}
