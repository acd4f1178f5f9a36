import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { compileContent } from '../compiler/index';
import type { Diagnostic } from '../schema/diagnostic';
import type { HelpIndex, HelpIndexSet } from '../schema/help-index';
import type { HelpCenterSource } from './help-center-source';

/** A diagnostic with the absolute path of its file, for Vite's overlay and editors. */
export interface LocatedDiagnostic extends Diagnostic {
  absoluteFile: string;
}

export interface HelpCenterBuild {
  /** The default locale's index (the only one for a help center in one language). */
  index: HelpIndex;
  /** Every locale's index, for a help center with locale folders. */
  locales?: HelpIndexSet | undefined;
  diagnostics: LocatedDiagnostic[];
}

export interface CompileHelpCenterOptions {
  knownDiagnostics?: string[] | undefined;
}

/**
 * Compiles one help center. The compiler reports files relative to the
 * working directory when it can; the overlay needs absolute paths, so each is
 * resolved against the working directory, then the content folder.
 */
export async function compileHelpCenter(
  source: HelpCenterSource,
  options: CompileHelpCenterOptions,
): Promise<HelpCenterBuild> {
  const { index, locales, diagnostics } = await compileContent(source.dir, {
    // The id the app imports is the id the panel reports (in events, escalations and storage keys).
    helpCenter: { id: source.id },
    ...(options.knownDiagnostics ? { knownDiagnostics: options.knownDiagnostics } : {}),
  });
  return {
    index,
    locales,
    diagnostics: diagnostics.map((diagnostic) => ({ ...diagnostic, absoluteFile: locate(source.dir, diagnostic.file) })),
  };
}

function locate(dir: string, file: string): string {
  if (isAbsolute(file)) return file;
  const fromCwd = resolve(file);
  return existsSync(fromCwd) ? fromCwd : resolve(dir, file);
}

/** The offending line with a caret under the column, as Vite's overlay shows code frames. */
export function codeFrame(diagnostic: LocatedDiagnostic): string | undefined {
  try {
    const line = readFileSync(diagnostic.absoluteFile, 'utf8').split(/\r?\n/)[diagnostic.line - 1];
    if (line === undefined) return undefined;
    const gutter = `${diagnostic.line} | `;
    return `${gutter}${line}\n${' '.repeat(gutter.length + Math.max(0, diagnostic.column - 1))}^`;
  } catch {
    return undefined;
  }
}
