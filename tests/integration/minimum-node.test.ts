import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUnPdf } from '../harness/make-un-pdf.ts';
import { declaredMinimumNode, nodeExecutable } from '../harness/minimum-node.ts';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../cli/bin.mjs');
const SET = path.resolve(import.meta.dirname, '../fixtures/formats/untoc-comments.redline.json');

/** The command line under the oldest Node package.json promises to support. */
describe('the redline command on the oldest Node that engines allows', () => {
  let node: string;
  let minimum: string;
  let folder: string;
  const redline = (...args: string[]) =>
    run(node, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

  beforeAll(async () => {
    minimum = await declaredMinimumNode();
    node = await nodeExecutable(minimum);
    folder = await mkdtemp(path.join(tmpdir(), 'redline-minimum-node-'));
  }, 300_000);
  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('is that version', async () => {
    const { stdout } = await run(node, ['--version']);
    expect(stdout.trim()).toBe(`v${minimum}`);
  });

  it('outlines a UN PDF through pdf.js', async () => {
    const pdf = path.join(folder, 'A_AC.254_4_Rev.11_E.pdf');
    await writeFile(pdf, (await makeUnPdf()).bytes);
    const outline = JSON.parse((await redline('outline', pdf)).stdout);
    const addresses = outline.units.map((unit: { address: string }) => unit.address);
    expect(addresses).toContain('Art. 5');
    expect(addresses.length).toBeGreaterThanOrEqual(41);
  }, 120_000);

  it('exports a set as a Word comment matrix that unzips to a document', async () => {
    const out = path.join(folder, 'submission.docx');
    await redline('export', SET, '--format', 'docx', '-o', out);
    const files = unzipSync(new Uint8Array(await readFile(out)));
    const xml = new TextDecoder().decode(files['word/document.xml']);
    expect(xml).toContain('<w:tbl>');
  }, 120_000);

  it('validates a set file', async () => {
    const { stdout } = await redline('validate', SET);
    expect(stdout).toMatch(/^OK .*: Redline annotation set: 2 sets, 1 document, 13 annotations/);
  }, 120_000);
});
