import { describe, expect, it } from 'vitest';
import { SHARED_FILE_LIMITS } from '../../../../utils/formats/import/limits.ts';
import { prescanJson } from '../../../../utils/formats/import/prescan.ts';
import { inEnglish } from '../../../harness/problems.ts';

const keysOf = (text: string) => inEnglish(prescanJson(text, SHARED_FILE_LIMITS).forbiddenKeys);

describe('the pre-scan finds forbidden keys as it reads the text', () => {
  it('names the object holding each, sorted, each once', () => {
    const text = '{"b":[{"x":1},{"prototype":1}],"a":{"__proto__":1,"__proto__":2}}';
    expect(keysOf(text)).toEqual([
      'a: the key "__proto__" is not allowed',
      'b[1]: the key "prototype" is not allowed',
    ]);
  });

  it('reports a refused value once, not what it holds, and goes on after it', () => {
    const text =
      '[{"constructor":{"prototype":{"__proto__":1}},"ok":{"prototype":1}},[{"x":{"constructor":1}}]]';
    expect(keysOf(text)).toEqual([
      '[0].ok: the key "prototype" is not allowed',
      '[0]: the key "constructor" is not allowed',
      '[1][0].x: the key "constructor" is not allowed',
    ]);
  });

  it('does not take values or escaped look-alikes of other keys for keys', () => {
    expect(keysOf('{"comment":"__proto__","tags":["constructor"],"\\u005fx":1}')).toEqual([]);
  });

  it('leaves a key with a broken escape to JSON.parse', () => {
    expect(prescanJson('{"\\u00zz":1}', SHARED_FILE_LIMITS)).toEqual({
      limitError: undefined,
      forbiddenKeys: [],
      cutOff: false,
    });
  });
});
