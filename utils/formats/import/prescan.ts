import type { ParseLimits } from './limits.ts';

interface Frame {
  kind: 'array' | 'object';
  items: number;
  /** The key being read or last read in an object: names the place in error messages. */
  key: string;
  empty: boolean;
}

const QUOTE = 34;
const BACKSLASH = 92;

function describePlace(stack: Frame[]): string {
  let place = '';
  for (const [depth, frame] of stack.entries()) {
    if (depth === 0 && frame.kind === 'object' && frame.key === '') continue;
    if (frame.kind === 'array') place += `[${frame.items}]`;
    else place += place === '' ? frame.key : `.${frame.key}`;
  }
  return place === '' ? 'the file' : place;
}

/** Where the innermost container sits: its parent's key or index. */
function containerPlace(stack: Frame[]): string {
  return describePlace(stack.slice(0, -1));
}

/**
 * One pass over the raw text that enforces depth, item counts and string lengths before
 * JSON.parse builds anything: a hundred thousand `[` or a million annotations fail here in
 * linear time, with no allocation per item. It does not check the grammar; JSON.parse does.
 */
export function prescanJson(text: string, limits: ParseLimits): string | undefined {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      const start = i + 1;
      i = start;
      while (i < text.length && text.charCodeAt(i) !== QUOTE) {
        if (text.charCodeAt(i) === BACKSLASH) i++;
        i++;
      }
      const length = i - start;
      const top = stack.at(-1);
      if (length > limits.maxStringLength) {
        return `${describePlace(stack)}: a text of ${length} characters; Redline reads texts up to ${limits.maxStringLength}`;
      }
      if (top?.kind === 'object' && top.empty) {
        top.key = text.slice(start, i);
        top.empty = false;
      }
      continue;
    }
    switch (text[i]) {
      case '[':
      case '{': {
        if (stack.length >= limits.maxDepth) {
          return `${describePlace(stack)}: nested deeper than ${limits.maxDepth} levels`;
        }
        const top = stack.at(-1);
        if (top?.kind === 'object') top.empty = false;
        stack.push({ kind: text[i] === '[' ? 'array' : 'object', items: 0, key: '', empty: true });
        break;
      }
      case ']':
      case '}':
        stack.pop();
        break;
      case ',': {
        const top = stack.at(-1);
        if (!top) break;
        top.items++;
        if (top.kind === 'object') top.empty = true;
        if (top.items >= limits.maxItems) {
          return `${containerPlace(stack)}: more than ${limits.maxItems} items; Redline reads up to ${limits.maxItems}`;
        }
        break;
      }
    }
  }
  return undefined;
}
