import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createLogger, type Logger } from 'vite';

/** A throwaway Vite root with content folders; `write` adds or replaces a file. */
export interface ContentFixture {
  root: string;
  write(path: string, text: string): string;
  remove(): void;
}

export function contentFixture(files: Record<string, string>): ContentFixture {
  // realpath: macOS and some CI images put tmpdir behind a symlink, and Vite reports real paths.
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'help-panel-vite-')));
  const write = (path: string, text: string) => {
    const absolute = join(root, path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, text);
    return absolute;
  };
  for (const [path, text] of Object.entries(files)) write(path, text);
  return { root, write, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** A Vite logger that records what it prints instead of printing it. */
export function recordingLogger(): Logger & { lines: string[] } {
  const base = createLogger('info', { allowClearScreen: false });
  const lines: string[] = [];
  return {
    ...base,
    lines,
    info: (msg) => void lines.push(`info: ${msg}`),
    warn: (msg) => void lines.push(`warn: ${msg}`),
    warnOnce: (msg) => void lines.push(`warn: ${msg}`),
    error: (msg) => void lines.push(`error: ${msg}`),
  };
}

export const article = (title: string, symptom: string, extra = '') => `---
routes: ['/sync/**']
errors: ['SYNC_STALLED']
---
# ${title}

${extra}

## ${symptom}

- [ ] The device is online
- [ ] The account is signed in
`;
