import { forbiddenKey, forbiddenKeyProblem } from './forbidden-keys.ts';
import type { ParseLimits } from './limits.ts';
import { type Problem, problem } from './problem.ts';
import type { OnReadProgress } from './result.ts';

interface Frame {
  kind: 'array' | 'object';
  items: number;
  /** The key being read or last read in an object: names the place in error messages. */
  key: string;
  empty: boolean;
}

/** What the pre-scan found: the first limit broken, and every forbidden key with its place. */
export interface Prescan {
  limitError: Problem | undefined;
  forbiddenKeys: Problem[];
  /** The text ends inside a string or with containers left open: it was cut off. */
  cutOff: boolean;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_ARRAY = 91;
const OPEN_OBJECT = 123;
const CLOSE_ARRAY = 93;
const CLOSE_OBJECT = 125;
const COMMA = 44;
/** Characters scanned between two progress reports: a few per second on a large file. */
const SCAN_REPORT_EVERY = 4 * 1024 * 1024;

function describePlace(stack: Frame[]): string {
  let place = '';
  for (const [depth, frame] of stack.entries()) {
    if (depth === 0 && frame.kind === 'object' && frame.key === '') continue;
    if (frame.kind === 'array') place += `[${frame.items}]`;
    else place += place === '' ? frame.key : `.${frame.key}`;
  }
  return place;
}

/** Where the innermost container sits: its parent's key or index. */
function containerPlace(stack: Frame[]): string {
  return describePlace(stack.slice(0, -1));
}

function limitBroken(error: Problem): Prescan {
  return { limitError: error, forbiddenKeys: [], cutOff: false };
}

/**
 * One pass over the raw text that enforces depth, item counts and string lengths before
 * JSON.parse builds anything: a hundred thousand `[` or a million annotations fail here in
 * linear time, with no allocation per item. The same pass reads every key, so prototype-rewriting
 * keys are found here too rather than in a second walk over the parsed value. It does not check
 * the grammar; JSON.parse does, and its errors come before forbidden keys.
 */
export function prescanJson(
  text: string,
  limits: ParseLimits,
  onProgress?: OnReadProgress,
): Prescan {
  const stack: Frame[] = [];
  let nextReport = SCAN_REPORT_EVERY;
  // By place and key: a key repeated in one object is named once.
  const forbidden = new Map<string, Problem>();
  // Depth of the object holding the forbidden key last found: what its value holds is not
  // reported, as that value is refused whole.
  let refusedAt = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    if (i >= nextReport) {
      onProgress?.({ phase: 'scanning', done: i, total: text.length });
      nextReport += SCAN_REPORT_EVERY;
    }
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      const start = i + 1;
      i = start;
      while (i < text.length && text.charCodeAt(i) !== QUOTE) {
        if (text.charCodeAt(i) === BACKSLASH) i++;
        i++;
      }
      inString = i >= text.length;
      const length = i - start;
      const top = stack.at(-1);
      if (length > limits.maxStringLength) {
        return limitBroken(
          problem('textTooLong', { length, maximum: limits.maxStringLength }, describePlace(stack)),
        );
      }
      if (top?.kind === 'object' && top.empty) {
        top.key = text.slice(start, i);
        top.empty = false;
        if (stack.length === refusedAt) refusedAt = -1;
        const key = refusedAt === -1 ? forbiddenKey(top.key) : undefined;
        if (key !== undefined) {
          const place = containerPlace(stack);
          forbidden.set(`${place}: ${key}`, forbiddenKeyProblem(place, key));
          refusedAt = stack.length;
        }
      }
      continue;
    }
    switch (code) {
      case OPEN_ARRAY:
      case OPEN_OBJECT: {
        if (stack.length >= limits.maxDepth) {
          return limitBroken(
            problem('nestedTooDeep', { maximum: limits.maxDepth }, describePlace(stack)),
          );
        }
        const top = stack.at(-1);
        if (top?.kind === 'object') top.empty = false;
        stack.push({
          kind: code === OPEN_ARRAY ? 'array' : 'object',
          items: 0,
          key: '',
          empty: true,
        });
        break;
      }
      case CLOSE_ARRAY:
      case CLOSE_OBJECT:
        stack.pop();
        if (stack.length < refusedAt) refusedAt = -1;
        break;
      case COMMA: {
        const top = stack.at(-1);
        if (!top) break;
        top.items++;
        if (top.kind === 'object') top.empty = true;
        if (top.items >= limits.maxItems) {
          return limitBroken(
            problem('tooManyItems', { maximum: limits.maxItems }, containerPlace(stack)),
          );
        }
        break;
      }
    }
  }
  return {
    limitError: undefined,
    forbiddenKeys: [...forbidden.keys()].sort().map((at) => forbidden.get(at) as Problem),
    cutOff: inString || stack.length > 0,
  };
}
