import { directiveFromMarkdown } from 'mdast-util-directive';
import { directive } from 'micromark-extension-directive';
import type { Processor } from 'unified';

/**
 * Generic directives for parsing, as Docusaurus writes admonitions (`:::note`).
 * Only container directives mean anything to the body stage; text and leaf
 * directives (`:name`, `::name`) are turned back into the text they were
 * written as, so a colon in prose never loses words. Parse-only.
 */
export function remarkDirectiveParse(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(directive());
  (data.fromMarkdownExtensions ??= []).push(directiveFromMarkdown());
}
