// On the server (SSR, a Node script): open a folder `help-panel build --out-dir` wrote, from disk.
// Nothing is fetched during a render: load what the page will show first, then render with it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openHelpIndex } from 'help-panel/engine';

export async function helpForRoute(folder: string, route: string) {
  const engine = await openHelpIndex((name) => readFile(join(folder, name), 'utf8').then(JSON.parse));
  await engine.lazy.prepareMatch({ route }); // the match files this route can reach
  const [best] = engine.match({ route });
  if (best) await engine.lazy.load(best.symptom.id); // its article chunk, with the checks
  return { engine, symptom: best ? engine.symptom(best.symptom.id) : undefined };
  // then: <HelpProvider index={engine} route={route}>…</HelpProvider>
}
