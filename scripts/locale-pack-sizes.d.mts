/** Types of locale-pack-sizes.mjs, for the benchmark (TypeScript) that shares it with size.mjs. */
export declare const LOCALE_TAG: RegExp;
export interface LocalePackFile {
  /** The pack's BCP 47 tag, from its file name. */
  tag: string;
  /** Absolute path of the pack's module. */
  file: string;
}
export interface LocalePackSize {
  tag: string;
  /** Bytes of the minified bundle of `import pack from '<file>'`. */
  minified: number;
  /** The same, gzipped at level 9. */
  gzip: number;
  /** Source modules in that bundle, relative to the root. */
  modules: string[];
}
export declare function localePacks(dir: string, extension: string): LocalePackFile[];
export declare function measureLocalePacks(root: string, packs: readonly LocalePackFile[]): Promise<LocalePackSize[]>;
