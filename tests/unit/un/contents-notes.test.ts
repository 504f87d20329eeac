import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparableEntries, tableOfContents } from '../../../utils/un/contents.ts';
import { extractDraftText } from '../../../utils/un/draft-page.ts';
import { notesByArticle, notesOn } from '../../../utils/un/notes-links.ts';
import { outlineText } from '../../../utils/un/outline.ts';
import { sitePage } from './fixtures.ts';

const SHAPES = resolve(__dirname, '../../fixtures/shapes');

const pageText = (name: string) =>
  extractDraftText(sitePage(`https://www.unodc.org/documents/shapes/${name}`)).text;

describe('the contents a document is compared and navigated by', () => {
  it('a resolution offers its preambular and operative paragraphs, not their sub-items', () => {
    const outline = outlineText(readFileSync(resolve(SHAPES, 'a-res-80-53.txt'), 'utf8'));
    const compared = comparableEntries(tableOfContents(outline)).map((entry) => entry.address);
    expect(compared).toHaveLength(25 + 12);
    expect(compared.slice(23, 27)).toEqual([
      'Preambular para. 24',
      'Preambular para. 25',
      'Operative para. 1',
      'Operative para. 2',
    ]);
    expect(compared).not.toContain('Operative para. 5(b)');
  });

  it('a treaty still offers its articles only', () => {
    const untoc = readFileSync(resolve(__dirname, '../../fixtures/un/untoc.txt'), 'utf8');
    const compared = comparableEntries(tableOfContents(outlineText(untoc)));
    expect(compared.every((entry) => entry.address.startsWith('Art. '))).toBe(true);
    expect(compared).toHaveLength(41);
  });

  it('a note says in the contents which article it explains', () => {
    const entries = tableOfContents(outlineText(pageText('interpretative-notes.html')));
    expect(entries.map((entry) => entry.label)).toEqual(
      expect.arrayContaining(['para. 7 — on Art. 3', 'Notes on Art. 3 — Scope of application']),
    );
  });
});

describe('notes linked to the articles they explain', () => {
  const notes = notesByArticle(
    [
      { source: 'A/55/383/Add.1', text: pageText('interpretative-notes.html') },
      { source: 'A/CONF.225/2025/L.1', text: pageText('report.html') },
    ],
    'United Nations Convention against Transnational Organized Crime',
  );

  it('finds the notes on an article from any of its provisions', () => {
    expect(
      notesOn(notes, 'Art. 3(2)(a)').map((note) => [note.source, note.address, note.explains]),
    ).toEqual([['A/55/383/Add.1', 'para. 7', 'Art. 3']]);
    expect(notesOn(notes, 'Art. 2')).toEqual([]);
    expect(notesOn(notes, 'Art. 3')[0]?.text).toMatch(
      /^7\. During the negotiations of the convention/,
    );
    expect(notesOn(notes, 'Art. 5')).toEqual([]);
    expect(notesOn(notes, 'para. 3')).toEqual([]);
  });

  it('links a note to the instrument its heading names: a protocol’s article 3 is not the convention’s', () => {
    const documents = [{ source: 'A/55/383/Add.1', text: pageText('interpretative-notes.html') }];
    const onArticle3 = (about?: string) =>
      notesOn(notesByArticle(documents, about), 'Art. 3').map((note) => note.address);
    expect(onArticle3('United Nations Convention against Transnational Organized Crime')).toEqual([
      'para. 7',
    ]);
    expect(
      onArticle3('Revised draft United Nations Convention against Transnational Organized Crime'),
    ).toEqual(['para. 7']);
    expect(onArticle3('Protocol against the Smuggling of Migrants by Land, Sea and Air')).toEqual([
      'para. 88',
    ]);
    // A draft without a title cannot be told apart: it is offered both.
    expect(onArticle3()).toEqual(['para. 7', 'para. 88']);
  });
});
