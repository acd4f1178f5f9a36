import { relative, resolve } from 'node:path';
import type { EnvironmentModuleNode, Logger, Plugin } from 'vite';
import { formatDiagnostic } from '../schema/diagnostic';
import {
  codeFrame,
  compileHelpCenter,
  type HelpCenterBuild,
  type LocatedDiagnostic,
} from './compile-help-center';
import { isInside, resolveHelpCenterSources, type ContentOption, type HelpCenterSource } from './help-center-source';
import { renderIndexModule, renderReferenceModule } from './render-index-module';
import { contentHash, splitIndex } from '../compiler/split-index';
import { panelChunkGroups } from './panel-chunk-plan';
import { helpCenterOfResolvedId, requestedHelpCenter, resolvedVirtualId, VIRTUAL_MODULE_ID } from './virtual-module-id';

export interface HelpPanelPluginOptions {
  /**
   * Where the Markdown lives, relative to the Vite root: one folder
   * (`'content/help'`, imported as `virtual:help-panel` or
   * `virtual:help-panel/help`), several folders (each imported by its folder
   * name), or ids mapped to folders (`{ billing: 'docs/billing' }`). The first
   * help center is also `virtual:help-panel`.
   */
  content: ContentOption;
  /**
   * Names of the diagnostics the app passes to `<HelpProvider diagnostics>`.
   * When given, a check bound to any other name is a warning.
   * @default undefined (bindings are not checked)
   */
  knownDiagnostics?: string[];
  /**
   * Treat content warnings (raw HTML dropped, unknown diagnostic names …) as
   * errors: they fail `vite build` and show in the dev overlay.
   * @default false
   */
  strict?: boolean;
  /**
   * How the index reaches the app. `'split'`: the module only names a
   * manifest, and the manifest, article chunks and search shards are emitted
   * as assets of the build (served by the dev server), loaded when the panel
   * needs them, so the app's entry chunk carries none of the content.
   * `'inline'`: the whole index is in the module (small help centers, tests).
   * @default 'split'
   */
  output?: 'split' | 'inline';
}

/** The build's hash: over every locale's, for a help center in several languages, so an edit in any of them shows. */
function buildHash(build: HelpCenterBuild): string {
  return build.locales ? contentHash(Object.entries(build.locales.locales).map(([tag, index]) => `${tag}:${index.hash}`).join('\n')) : build.index.hash;
}

/** Where the dev server serves the split index's files, under the app's base. */
const DEV_PREFIX = '@help-panel/';


/** The custom HMR event sent after a help center recompiles, for hosts that want to know. */
export const HELP_PANEL_UPDATE_EVENT = 'help-panel:update';

/** `*.md` and `*.mdx` are all the compiler reads; other files in a content folder (images) do not change the index. */
const isContent = (file: string) => /\.mdx?$/.test(file);

/**
 * The Vite plugin: compiles content folders with the help-panel compiler and
 * serves each as `virtual:help-panel/<id>`. Content errors fail `vite build`
 * and show in the dev overlay; editing, adding or removing an article
 * hot-updates the modules that import the index.
 *
 * Runs in Node only; it is never part of the browser bundle.
 */
export function helpPanel(options: HelpPanelPluginOptions): Plugin {
  let sources: HelpCenterSource[] = [];
  let logger: Logger | undefined;
  let root = process.cwd();
  let base = '/';
  let assetsDir = 'assets';
  let serving = false;
  const strict = options.strict ?? false;
  const split = (options.output ?? 'split') === 'split';
  let keepsEntrySignatures = false;
  /** The dev server's split files per help center: this build's and the previous one's (a page may still ask for those). */
  const devFiles = new Map<string, { current: Map<string, string>; previous: Map<string, string> }>();
  /** The latest compilation of each help center, kept as a promise so concurrent imports compile once. */
  const builds = new Map<string, Promise<HelpCenterBuild>>();
  /** Help centers whose last load failed, so that the fix reloads a page that never got them. */
  const failing = new Set<string>();

  const print = (diagnostics: LocatedDiagnostic[]) => {
    for (const diagnostic of diagnostics) {
      const line = formatDiagnostic({ ...diagnostic, file: relative(root, diagnostic.absoluteFile) || diagnostic.file });
      if (diagnostic.level === 'error') logger?.error(line, { timestamp: true });
      else if (diagnostic.level === 'info') logger?.info(line, { timestamp: true });
      else logger?.warn(line, { timestamp: true });
    }
  };
  const blocking = (build: HelpCenterBuild) =>
    build.diagnostics.filter((diagnostic) => diagnostic.level === 'error' || (strict && diagnostic.level === 'warning'));

  const compile = (source: HelpCenterSource): Promise<HelpCenterBuild> => {
    let pending = builds.get(source.id);
    if (!pending) {
      pending = compileHelpCenter(source, { knownDiagnostics: options.knownDiagnostics }).then((build) => {
        print(build.diagnostics);
        return build;
      });
      // A compiler crash must not be cached: the next import tries again.
      pending.catch(() => builds.delete(source.id));
      builds.set(source.id, pending);
    }
    return pending;
  };

  const summary = (source: HelpCenterSource, failures: LocatedDiagnostic[]) =>
    `help center "${source.id}" has ${failures.length} content ${failures.length === 1 ? 'problem' : 'problems'}` +
    `${strict ? ' (strict: warnings count)' : ''}:\n` +
    failures.map((d) => formatDiagnostic({ ...d, file: relative(root, d.absoluteFile) || d.file })).join('\n');

  return {
    name: 'help-panel',

    configResolved(config) {
      root = config.root;
      base = config.base;
      assetsDir = config.build.assetsDir;
      serving = config.command === 'serve';
      logger = config.logger;
      sources = resolveHelpCenterSources(options.content, config.root);
    },

    // The panel's lazy code in a few chunks by when it is needed (see panel-chunk-plan.ts), unless the
    // app splits its build itself: then its own rules stand, untouched.
    options(input) {
      // A build that keeps its entries' exports exactly (a library) cannot take groups that leave a module's imports where they are.
      keepsEntrySignatures = input.preserveEntrySignatures === 'strict' || input.preserveEntrySignatures === 'exports-only';
      return null;
    },

    outputOptions(output) {
      const configured = output as { manualChunks?: unknown; advancedChunks?: unknown; codeSplitting?: unknown; inlineDynamicImports?: unknown };
      if (configured.manualChunks || configured.advancedChunks || configured.codeSplitting !== undefined || configured.inlineDynamicImports) return null;
      if ((this as { environment?: { config?: { consumer?: string } } }).environment?.config?.consumer === 'server') return null;
      // Rolldown (Vite 8) only: a group there takes exactly the modules named, not their imports; Rollup's
      // manual chunks would pull the shell the page loads in with them, so Vite 6 and 7 split as they would.
      if (typeof (this.meta as { rolldownVersion?: unknown }).rolldownVersion !== 'string' || keepsEntrySignatures) return null;
      return { ...output, codeSplitting: { groups: panelChunkGroups() } } as typeof output;
    },

    configureServer(server) {
      // Content folders outside the Vite root are not watched by default.
      server.watcher.add(sources.map((source) => source.dir));
      // The split index's files, as the build would emit them; named by content, so cacheable forever.
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0] ?? '';
        const prefix = `${base.endsWith('/') ? base : `${base}/`}${DEV_PREFIX}`;
        if (!path.startsWith(prefix)) return next();
        // `<id>/<file>`, or `<id>/<locale>/<file>` for a help center in several languages.
        const [id, ...rest] = path.slice(prefix.length).split('/');
        const name = rest.length > 0 ? rest.map(decodeURIComponent).join('/') : undefined;
        const files = id === undefined ? undefined : devFiles.get(decodeURIComponent(id));
        const text = name === undefined ? undefined : (files?.current.get(name) ?? files?.previous.get(name));
        if (text === undefined) {
          response.statusCode = 404;
          response.end('help-panel: no such file in the current or previous build of this help center');
          return;
        }
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.setHeader('Cache-Control', 'no-cache');
        response.end(text);
      });
    },

    resolveId(id) {
      const first = sources[0];
      if (!first) return undefined;
      const wanted = requestedHelpCenter(id, first.id);
      if (wanted === undefined) return undefined;
      if (!sources.some((source) => source.id === wanted)) {
        this.error(
          `Unknown help center "${wanted}" in "${id}". Allowed: ${sources.map((source) => `${VIRTUAL_MODULE_ID}/${source.id}`).join(', ')} (and ${VIRTUAL_MODULE_ID} for "${first.id}").`,
        );
      }
      return resolvedVirtualId(wanted);
    },

    async load(id) {
      const wanted = helpCenterOfResolvedId(id);
      const source = wanted === undefined ? undefined : sources.find((candidate) => candidate.id === wanted);
      if (!source) return undefined;
      const build = await compile(source);
      // `vite build --watch` rebuilds when an article changes (sources are relative to the content folder).
      for (const index of build.locales ? Object.values(build.locales.locales) : [build.index]) {
        for (const article of index.articles) this.addWatchFile(resolve(source.dir, article.source.file));
      }
      const failures = blocking(build);
      const first = failures[0];
      if (first) {
        failing.add(source.id);
        const frame = codeFrame(first);
        this.error({
          message: summary(source, failures),
          id: first.absoluteFile,
          loc: { file: first.absoluteFile, line: first.line, column: first.column - 1 },
          ...(frame ? { frame } : {}),
        });
      }
      failing.delete(source.id);
      if (!split) return renderIndexModule(build.locales ?? build.index);
      // One split index per locale, each in a folder of its own; one language: the folder itself.
      const parts = build.locales
        ? Object.entries(build.locales.locales).map(([tag, index]) => ({ folder: `${tag}/`, tag, files: splitIndex(index) }))
        : [{ folder: '', tag: '', files: splitIndex(build.index) }];
      const urls: Record<string, string> = {};
      if (serving) {
        const previous = devFiles.get(source.id)?.current ?? new Map<string, string>();
        const current = new Map<string, string>();
        for (const { folder, tag, files } of parts) {
          for (const file of files.files) current.set(`${folder}${file.name}`, file.text);
          current.set(`${folder}${files.manifestName}`, files.manifestText);
          urls[tag] = JSON.stringify(`${base.endsWith('/') ? base : `${base}/`}${DEV_PREFIX}${encodeURIComponent(source.id)}/${folder}${files.manifestName}`);
        }
        devFiles.set(source.id, { current, previous });
      } else {
        for (const { folder, tag, files } of parts) {
          const at = `${assetsDir}/help-panel/${source.id}/${folder}`;
          for (const file of files.files) this.emitFile({ type: 'asset', fileName: `${at}${file.name}`, source: file.text });
          urls[tag] = `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', fileName: `${at}${files.manifestName}`, source: files.manifestText })}`;
        }
      }
      // Each manifest's early files, so that the shell can name the one an error needs before any manifest is in.
      const early = Object.fromEntries(parts.flatMap(({ tag, files }) => (files.manifest.early ? [[tag, files.manifest.early]] : [])));
      if (!build.locales) return renderReferenceModule(build.index, urls['']!, undefined, early);
      const defaultLocale = build.locales.defaultLocale;
      return renderReferenceModule(build.index, urls[defaultLocale]!, { defaultLocale, urls }, early);
    },

    async hotUpdate({ file, type }) {
      if (!isContent(file)) return;
      const source = sources.find((candidate) => isInside(candidate.dir, file));
      if (!source) return;
      if (this.environment.name !== 'client') {
        // Server environments (SSR) re-import the index on their next request;
        // Vite runs the client first, which already dropped the cached build.
        const serverModule = this.environment.moduleGraph.getModuleById(resolvedVirtualId(source.id));
        if (!serverModule) return [];
        this.environment.moduleGraph.invalidateModule(serverModule);
        return [serverModule];
      }
      builds.delete(source.id);
      logger?.info(`help-panel: ${type === 'update' ? 'changed' : type === 'create' ? 'added' : 'removed'} ${relative(root, file)}`, {
        timestamp: true,
      });
      const module: EnvironmentModuleNode | undefined = this.environment.moduleGraph.getModuleById(resolvedVirtualId(source.id));
      let build: HelpCenterBuild;
      try {
        build = await compile(source);
      } catch (error) {
        this.environment.hot.send({
          type: 'error',
          err: { message: `help-panel: compiling "${source.id}" failed: ${String(error)}`, stack: '', plugin: 'help-panel' },
        });
        return [];
      }
      const failures = blocking(build);
      const first = failures[0];
      if (first) {
        // Keep the last good index on the page and say what is wrong over it.
        const frame = codeFrame(first);
        this.environment.hot.send({
          type: 'error',
          err: {
            message: summary(source, failures),
            stack: '',
            plugin: 'help-panel',
            id: first.absoluteFile,
            loc: { file: first.absoluteFile, line: first.line, column: first.column },
            ...(frame ? { frame } : {}),
          },
        });
        return [];
      }
      this.environment.hot.send({
        type: 'custom',
        event: HELP_PANEL_UPDATE_EVENT,
        data: { id: source.id, hash: buildHash(build) },
      });
      if (!module) {
        // The page failed to import the index before (the overlay shows it): load it afresh.
        if (failing.has(source.id)) this.environment.hot.send({ type: 'full-reload' });
        return [];
      }
      this.environment.moduleGraph.invalidateModule(module);
      return [module];
    },
  };
}
