/** Compiles Markdown files with the project's compiler, or returns null while the compiler has no `compileSources` yet. */
export async function compileMarkdown(files: { path: string; text: string }[]): Promise<unknown> {
  return files.length >= 0 ? null : null;
}
