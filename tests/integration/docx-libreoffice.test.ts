import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { submissionToDocx } from '../../utils/formats/export/docx.ts';
import { buildSubmission } from '../../utils/formats/submission-build.ts';
import { FIXTURE_ORDER, fixtureInput } from '../unit/formats/export/fixture.ts';

const docx = await submissionToDocx(buildSubmission(fixtureInput()));

const soffice = ['soffice', 'libreoffice'].find((command) => {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
if (!soffice)
  console.warn('LibreOffice (soffice) is not installed: the .docx conversion tests are skipped.');

/** Converts with a throwaway LibreOffice profile, so parallel runs do not share a lock. */
function convert(to: string, extension: string): Buffer {
  const directory = mkdtempSync(path.join(tmpdir(), 'redline-docx-'));
  const file = path.join(directory, 'submission.docx');
  writeFileSync(file, docx);
  const profile = `-env:UserInstallation=file://${directory}/profile`;
  execFileSync(
    soffice as string,
    [profile, '--headless', '--convert-to', to, '--outdir', directory, file],
    {
      stdio: 'ignore',
      timeout: 110_000,
    },
  );
  return readFileSync(path.join(directory, `submission.${extension}`));
}

describe.skipIf(!soffice)('the .docx in LibreOffice', () => {
  it('converts to a PDF', { timeout: 120_000 }, () => {
    const pdf = convert('pdf', 'pdf');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
  });

  it('reads the matrix in provision order, the script as text', { timeout: 120_000 }, () => {
    const text = convert('txt:Text (encoded):UTF8', 'txt').toString('utf8');
    const lines = text.split(/\r?\n/);
    const provisions = lines.filter((line) => FIXTURE_ORDER.includes(line));
    expect(provisions).toEqual(FIXTURE_ORDER);
    expect(text).toContain('<script>alert(1)</script> Surveillance');
    expect(text).toContain('建议明确“没收”的范围');
  });
});
