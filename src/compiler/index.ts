export { compileContent, compileSources, MAX_FILE_CHARACTERS, type CompileOptions, type CompileResult } from './compile-content';
export { failsBuild, hasErrors } from './reporter';
export { FRONT_MATTER_KEYS, SYMPTOM_OVERRIDE_KEYS, type FrontMatter, type SymptomOverride } from './front-matter';
export { formatDiagnostic } from '../schema/diagnostic';
export { splitIndex, type SplitIndex, type SplitFile, type SplitOptions } from './split-index';
