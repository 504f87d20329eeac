import { DIFF_DELETE, DIFF_EQUAL, DIFF_INSERT, diff_match_patch } from 'diff-match-patch';

export type DiffOp = 'equal' | 'insert' | 'delete';
export interface DiffPart {
  op: DiffOp;
  text: string;
}

/**
 * Words, runs of spaces, single punctuation marks; each Han, kana or Thai character stands
 * alone because those scripts do not put spaces between words.
 */
const TOKEN =
  /\s+|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]|[\p{L}\p{M}\p{N}_'’]+|[^\s\p{L}\p{M}\p{N}_]/gu;

/** One UTF-16 code unit per distinct token; code 0 stays unused like in line mode. */
const MAX_TOKENS = 0x10000;

/**
 * A word-level diff: diff-match-patch's line-mode trick applied to words. Each distinct token
 * becomes one character, the characters are diffed, and the result is mapped back, so a
 * changed word is struck and replaced whole instead of letter by letter.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const tokens: string[] = [''];
  const codes = new Map<string, string>();
  const encode = (text: string): string => {
    let encoded = '';
    for (const token of text.match(TOKEN) ?? []) {
      let code = codes.get(token);
      if (code === undefined) {
        code = String.fromCharCode(tokens.length);
        codes.set(token, code);
        tokens.push(token);
      }
      encoded += code;
    }
    return encoded;
  };
  const left = encode(before);
  const right = encode(after);
  // Beyond 65,535 distinct words the stand-ins would collide; characters still diff correctly.
  if (tokens.length > MAX_TOKENS) return characterDiff(before, after);

  const engine = new diff_match_patch();
  engine.Diff_Timeout = 0;
  const diffs = engine.diff_main(left, right, false);
  engine.diff_cleanupSemantic(diffs);
  return merge(
    diffs.map(([op, encoded]) => ({
      op: OPS[op] as DiffOp,
      text: decode(encoded, tokens),
    })),
  );
}

/** Character-level diff with semantic cleanup: the peer the benchmark compares against. */
export function characterDiff(before: string, after: string): DiffPart[] {
  const engine = new diff_match_patch();
  engine.Diff_Timeout = 0;
  const diffs = engine.diff_main(before, after);
  engine.diff_cleanupSemantic(diffs);
  return merge(diffs.map(([op, text]) => ({ op: OPS[op] as DiffOp, text })));
}

const OPS: Record<number, DiffOp> = {
  [DIFF_EQUAL]: 'equal',
  [DIFF_INSERT]: 'insert',
  [DIFF_DELETE]: 'delete',
};

/** Code unit by code unit: stand-ins may be surrogates that must not pair up. */
function decode(encoded: string, tokens: string[]): string {
  let text = '';
  for (let index = 0; index < encoded.length; index++) text += tokens[encoded.charCodeAt(index)];
  return text;
}

/** Neighbours of one kind joined, empty parts dropped. */
function merge(parts: DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  for (const part of parts) {
    if (part.text === '') continue;
    const last = merged.at(-1);
    if (last?.op === part.op) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}
