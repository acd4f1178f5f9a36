import { readFile } from 'node:fs/promises';
import { compileRoutePattern } from '../engine/match/index';
import type { HelpEngineCore } from '../engine/types';
import { percent } from './funnel';
import type { ErrorFacts } from './suggested-patterns';

/** How much of the app's routes or error codes the content covers. */
export interface CoverageRatio {
  /** Routes (or errors) listed by the app. */
  total: number;
  /** … that some article or symptom opens on. */
  covered: number;
  /** `covered / total` in percent, one decimal; 100 when there is nothing to cover. */
  percent: number;
}

/** An error code or error the app can raise, as `--errors` lists it. */
export type AppError = ErrorFacts & { label: string };

/**
 * Reads the routes of a `--routes` file: one pattern a line (`/settings/:id`,
 * `/docs/**`); blank lines and `#` comments are skipped. A line that is not a
 * pattern rejects with `file:line:column: error: message`.
 */
export async function routesFromFile(file: string): Promise<string[]> {
  const text = await readText(file, 'routes file');
  const routes: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const compiled = compileRoutePattern(line);
    if ('error' in compiled) throw new Error(`${file}:${index + 1}:${raw.indexOf(line) + 1}: error: ${compiled.error}.`);
    routes.push(line);
  });
  return routes;
}

/**
 * Reads the errors of an `--errors` JSON file, in any of the shapes apps keep them in:
 * an array of codes (`["STRIPE_NOT_CONNECTED"]`), an array of objects
 * (`[{ "code": "E_QUOTA", "status": 507, "message": "…" }]`), or an object from code to
 * message or to such an object (`{ "E_QUOTA": "Storage quota exceeded" }`).
 */
export async function errorsFromFile(file: string): Promise<AppError[]> {
  const text = await readText(file, 'errors file');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new Error(`${file}:1:1: error: not valid JSON (${cause instanceof Error ? cause.message : String(cause)}).`);
  }
  const shapeError = () =>
    new Error(`${file}:1:1: error: expected an array of codes or of { code, status, name, message } objects, or an object from code to message.`);
  const fromObject = (raw: unknown, code?: string): AppError => {
    if (typeof raw === 'string') return code === undefined ? { code: raw, label: raw } : { code, message: raw, label: code };
    if (typeof raw === 'number') return { status: raw, label: String(raw) };
    if (typeof raw !== 'object' || raw === null) throw shapeError();
    const record = raw as Record<string, unknown>;
    const facts: AppError = { label: '' };
    const ownCode = typeof record.code === 'string' ? record.code : code;
    if (ownCode) facts.code = ownCode;
    if (typeof record.status === 'number') facts.status = record.status;
    if (typeof record.name === 'string') facts.name = record.name;
    if (typeof record.message === 'string') facts.message = record.message;
    facts.label = facts.code ?? facts.name ?? (facts.status !== undefined ? String(facts.status) : facts.message ?? '');
    if (facts.label === '') throw shapeError();
    return facts;
  };
  if (Array.isArray(value)) return value.map((item) => fromObject(item));
  if (typeof value === 'object' && value !== null) return Object.entries(value).map(([code, raw]) => fromObject(raw, code));
  throw shapeError();
}

async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (cause) {
    const code = cause && typeof cause === 'object' && 'code' in cause ? String((cause as { code: unknown }).code) : String(cause);
    throw new Error(`could not read the ${what} ${file} (${code === 'ENOENT' ? 'it does not exist' : code}).`);
  }
}

/** A concrete path for a route pattern: each parameter and wildcard filled in, as a real URL would. */
export function samplePath(pattern: string): string {
  return pattern
    .split('/')
    .map((segment) => (segment.startsWith(':') || segment === '*' || segment === '**' ? 'sample' : segment))
    .join('/');
}

/** Routes that no article or symptom opens on (tried with each parameter filled in). */
export function uncoveredRoutes(engine: HelpEngineCore, routes: readonly string[]): { ratio: CoverageRatio; uncovered: string[] } {
  const unique = [...new Set(routes)];
  const uncovered = unique.filter((route) => engine.match({ route: samplePath(route) }).length === 0);
  return { ratio: ratio(unique.length, unique.length - uncovered.length), uncovered };
}

/** Errors that no article or symptom opens on. */
export function uncoveredErrors(engine: HelpEngineCore, errors: readonly AppError[]): { ratio: CoverageRatio; uncovered: string[] } {
  const uncovered = errors
    .filter(({ label: _label, ...facts }) => engine.match({ error: facts }).length === 0)
    .map((error) => error.label);
  return { ratio: ratio(errors.length, errors.length - uncovered.length), uncovered: [...new Set(uncovered)] };
}

function ratio(total: number, covered: number): CoverageRatio {
  return { total, covered, percent: total === 0 ? 100 : percent(covered, total) };
}
