import { BLOCK_ELEMENTS, NON_TEXT_ELEMENTS } from './html-blocks.js';

/** The subset of the DOM this module walks; linkedom's nodes satisfy it. */
export interface TextNodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TextNodeLike>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Plain text of a DOM subtree with one paragraph per line: textContent alone would glue
 * "end of paragraph.Next paragraph" together and break sentence splitting.
 * Iterative, so a deeply nested page cannot overflow the stack.
 */
export function blockText(root: TextNodeLike): string {
  const parts: string[] = [];
  const stack: (TextNodeLike | '\n')[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === '\n') {
      parts.push('\n');
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      parts.push(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const name = node.nodeName.toUpperCase();
    if (NON_TEXT_ELEMENTS.has(name)) continue;
    const block = BLOCK_ELEMENTS.has(name);
    if (block) stack.push('\n');
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    if (block) parts.push('\n');
  }
  return tidyLines(parts.join(''));
}

/** Collapses runs of spaces inside lines and keeps at most one blank line between paragraphs. */
export function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00A0\f\v]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
