/** What an app imports: the first (or only) help center. */
export const VIRTUAL_MODULE_ID = 'virtual:help-panel';

/** The `\0` prefix is Rollup's convention: other plugins leave such ids alone. */
const RESOLVED_PREFIX = `\0${VIRTUAL_MODULE_ID}/`;

/**
 * The help center an import asks for: `virtual:help-panel` → the default id,
 * `virtual:help-panel/ochre` → `ochre`; `undefined` when the import is not ours.
 */
export function requestedHelpCenter(importId: string, defaultId: string): string | undefined {
  if (importId === VIRTUAL_MODULE_ID) return defaultId;
  if (importId.startsWith(`${VIRTUAL_MODULE_ID}/`)) return importId.slice(VIRTUAL_MODULE_ID.length + 1);
  return undefined;
}

/** One module per help center, whichever way it was imported, so hot updates reach every importer. */
export function resolvedVirtualId(helpCenterId: string): string {
  return `${RESOLVED_PREFIX}${helpCenterId}`;
}

/** The help center id of a resolved id, or `undefined` when the id is not ours. */
export function helpCenterOfResolvedId(resolvedId: string): string | undefined {
  return resolvedId.startsWith(RESOLVED_PREFIX) ? resolvedId.slice(RESOLVED_PREFIX.length) : undefined;
}
