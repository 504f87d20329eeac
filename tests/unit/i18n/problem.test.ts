import { describe, expect, it } from 'vitest';
import { readSharedFile } from '../../../utils/formats/import/parse-file.ts';
import { notImported, Problem, problem } from '../../../utils/formats/import/problem.ts';
import { failureReason } from '../../../utils/i18n/failure.ts';
import {
  problemDetails,
  problemLine,
  problemList,
  problemText,
} from '../../../utils/i18n/problem.ts';
import { translator } from '../../../utils/i18n/translate.ts';
import { parseServerAddress } from '../../../utils/sync/server-address.ts';

const skipped = notImported('annotations[3] (id "clf-untoc-4")', [
  problem('zod.invalid_type', { expected: 'string', received: 'number' }, 'comment'),
  problem('noSetInFile', { id: 'c1' }, 'setId'),
]);

describe('why a file or an item was refused, in the reader’s language', () => {
  it('a skipped item keeps its place and gives each reason in the reader’s language', () => {
    expect(Problem.parse(skipped)).toEqual(skipped);
    expect(problemText(skipped, translator('en'))).toBe(
      'annotations[3] (id "clf-untoc-4"): not imported (comment: expected string, received number and setId: no set "c1" in this file)',
    );
    expect(problemText(skipped, translator('fr'))).toBe(
      'annotations[3] (id "clf-untoc-4") : non importé (comment : string attendu, number reçu et setId : aucun jeu « c1 » dans ce fichier)',
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

describe('why a live set did not connect or stopped syncing, in the reader’s language', () => {
  const refused = problem('sync.userRefused', { host: 'sync.example.org', user: 'amina' });
  const twoFields = [problem('sync.noUser'), problem('sync.noPassword')];

  it('in English, each reason listed the English way', () => {
    expect(problemText(refused, translator('en'))).toBe(
      'sync.example.org refused the user name "amina" with this password: check both',
    );
    expect(problemList(twoFields, translator('en'))).toBe(
      'write your user name and write your password',
    );
  });

  it('in Arabic, Chinese and Russian, with the host and user name kept as typed', () => {
    // Right to left: every value is isolated, so the host and the name keep their own order.
    expect(problemText(refused, translator('ar'))).toBe(
      'رفض \u2068sync.example.org\u2069 اسم المستخدم "\u2068amina\u2069" مع كلمة المرور هذه: تحقق منهما',
    );
    expect(problemList(twoFields, translator('ar'))).toBe('اكتب اسم المستخدم واكتب كلمة المرور');
    expect(problemText(refused, translator('zh'))).toBe(
      'sync.example.org 拒绝了用户名“amina”及此密码：请检查两者',
    );
    expect(problemList(twoFields, translator('zh'))).toBe('请填写用户名和请填写密码');
    expect(problemText(problem('sync.credentialsExpired'), translator('ru'))).toBe(
      'сервер больше не принимает ваше имя пользователя и пароль: подключите набор снова',
    );
    expect(problemList(twoFields, translator('ru'))).toBe(
      'укажите имя пользователя и укажите пароль',
    );
  });

  it('a refused address and a write the background refused, from the code that refuses them', () => {
    const address = parseServerAddress('http://sync.example.org');
    expect(address.ok ? [] : address.errors.map((e) => problemText(e, translator('fr')))).toEqual([
      'sync.example.org n’est pas sur cet ordinateur : utilisez https:// pour que votre mot de passe et vos commentaires soient chiffrés en chemin',
    ]);
    const failure = {
      code: 'refused' as const,
      message: 'setNotFound',
      problems: [problem('setNotFound', { id: 'c1' })],
    };
    expect(failureReason(failure, translator('es'))).toBe(
      'no hay ningún conjunto «c1» (quizá se haya eliminado)',
    );
    expect(failureReason(failure, translator('zh'))).toBe('没有集合“c1”（可能已被删除）');
  });
});

describe('an engine’s own words stay apart from the translated sentence', () => {
  it('the sentence is whole in Arabic, the JSON engine’s message is a detail of its own', () => {
    const read = readSharedFile('Article 5\nCriminalization of participation');
    const [refused] = read.ok ? [] : read.errors;
    if (!refused) throw new Error('expected a refusal');
    expect(problemText(refused, translator('ar'))).toBe('الملف ليس JSON صالحاً');
    const [detail] = problemDetails(refused);
    expect(detail).toMatch(/JSON/);
    expect(problemText(refused, translator('ar'))).not.toContain(detail);
    // The command line says both on one line, in English.
    expect(problemLine(refused, translator('en'))).toBe(`the file is not valid JSON (${detail})`);
  });
});
