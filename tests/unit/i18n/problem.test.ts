import { describe, expect, it } from 'vitest';
import { readSharedFile } from '../../../utils/formats/import/parse-file.ts';
import { notImported, Problem, problem } from '../../../utils/formats/import/problem.ts';
import { problemText } from '../../../utils/i18n/problem.ts';
import { translator } from '../../../utils/i18n/translate.ts';

const skipped = notImported('annotations[3] (id "clf-untoc-4")', [
  problem('zod.invalid_type', { expected: 'string', received: 'number' }, 'comment'),
  problem('noSetInFile', { id: 'c1' }, 'setId'),
]);

describe('why a file or an item was refused, in the reader’s language', () => {
  it('a skipped item keeps its place and gives each reason in the reader’s language', () => {
    expect(Problem.parse(skipped)).toEqual(skipped);
    expect(problemText(skipped, translator('en'))).toBe(
      'annotations[3] (id "clf-untoc-4"): not imported (comment: expected string, received number; setId: no set "c1" in this file)',
    );
    expect(problemText(skipped, translator('fr'))).toBe(
      'annotations[3] (id "clf-untoc-4") : non importé (comment : string attendu, number reçu; setId : aucun jeu « c1 » dans ce fichier)',
    );
    expect(problemText(skipped, translator('ar'))).toMatch(/لم يُستورد/);
    expect(problemText(skipped, translator('zh'))).toMatch(/未导入/);
  });

  it('a refused file, in Russian', () => {
    const cut = readSharedFile('{"format":"redline.annotation-set","sets":[');
    expect(cut.ok ? [] : cut.errors.map((e) => problemText(e, translator('ru')))).toEqual([
      'файл обрезан: его JSON заканчивается раньше, чем должен. Возможно, загрузка или копирование не завершились; используйте полный файл',
    ]);
  });
});
