import { Source } from '@storybook/addon-docs/blocks';
import type { SupportedLanguage } from 'storybook/internal/components';

/** Storybook's highlighter names, by file extension. */
const LANGUAGES: Record<string, SupportedLanguage> = {
  ts: 'typescript',
  tsx: 'tsx',
  mjs: 'typescript',
  css: 'css',
  json: 'json',
  md: 'md',
  sh: 'bash',
  yaml: 'yml',
  txt: 'text',
};

export interface ExampleProps {
  /** The file's text, imported with `?raw`. */
  code: string;
  /** Its path in the repository, shown above it: `docs/examples/getting-started/help-root.tsx`. */
  file: string;
}

/**
 * A code sample that is a file of the repository: test/docs/examples.test.ts typechecks it
 * and runs it, so what a page shows is code that works.
 */
export function Example({ code, file }: ExampleProps) {
  const language = LANGUAGES[file.slice(file.lastIndexOf('.') + 1)] ?? 'text';
  return (
    <figure style={{ margin: '1.5rem 0' }}>
      <figcaption style={{ fontSize: 13, color: '#5c6170', marginBottom: -8 }}>
        <code>{file}</code>
      </figcaption>
      <Source code={code.trimEnd()} language={language} format={false} />
    </figure>
  );
}
