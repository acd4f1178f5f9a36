import type { Diagnostic, DiagnosticCode } from '../schema/diagnostic';
import type { LineColumn } from './line-index';

/** Adds diagnostics for one file to a shared list; every stage reports through one. */
export interface Reporter {
  /** The path as the user would type it, used in every diagnostic. */
  readonly file: string;
  error(code: DiagnosticCode, message: string, at: LineColumn | undefined): void;
  warning(code: DiagnosticCode, message: string, at: LineColumn | undefined): void;
  /** A fact worth knowing that never fails a build, even with `--strict`. */
  info(code: DiagnosticCode, message: string, at: LineColumn | undefined): void;
}

export function createReporter(file: string, diagnostics: Diagnostic[]): Reporter {
  const add = (level: Diagnostic['level'], code: DiagnosticCode, message: string, at: LineColumn | undefined) => {
    diagnostics.push({ code, level, message, file, line: at?.line ?? 1, column: at?.column ?? 1 });
  };
  return {
    file,
    error: (code, message, at) => add('error', code, message, at),
    warning: (code, message, at) => add('warning', code, message, at),
    info: (code, message, at) => add('info', code, message, at),
  };
}

/** Whether any diagnostic is an error (the index would be wrong, so the CLI fails). */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.level === 'error');
}

/** What fails a build: errors, and with `strict` warnings too; `info` never does. */
export function failsBuild(diagnostics: readonly Diagnostic[], strict: boolean): boolean {
  return diagnostics.some((diagnostic) => diagnostic.level === 'error' || (strict && diagnostic.level === 'warning'));
}
