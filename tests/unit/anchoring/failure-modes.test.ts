import { describe, expect, it } from 'vitest';
import { anchor, anchorMany } from '../../../utils/anchoring/anchor.ts';
import { describePassage } from '../../../utils/anchoring/describe.ts';
import { SearchText } from '../../../utils/anchoring/search-text.ts';
import { outlineForTests, untoc } from './helpers/corpus.ts';

/** The ways matchers go wrong on real UN revisions (DESIGN.md rule 5), each on the fixture. */
const doc = new SearchText(untoc, outlineForTests(untoc));

function lineAround(offset: number): { start: number; end: number } {
  const start = untoc.lastIndexOf('\n', offset) + 1;
  const end = untoc.indexOf('\n', offset) + 1;
  return { start, end };
}

function without(span: { start: number; end: number }, replacement = ''): string {
  return untoc.slice(0, span.start) + replacement + untoc.slice(span.end);
}

describe('anchoring avoids the known failure modes', () => {
  it('orphans a deleted passage instead of re-attaching it to the same words elsewhere', () => {
    const boilerplate = 'Each State Party shall adopt such legislative and other measures';
    const first = untoc.indexOf(boilerplate);
    expect(untoc.indexOf(boilerplate, first + 1)).toBeGreaterThan(first);
    const passage = describePassage(doc, first, first + boilerplate.length);
    const revised = without(lineAround(first));
    expect(anchor(passage, revised, outlineForTests(revised))).toMatchObject({ status: 'orphan' });
  });

  it('orphans a short quote whose paragraph went, though other paragraphs share its words', () => {
    const occurrences = [...untoc.matchAll(/programme/g)].map((match) => match.index);
    expect(occurrences.length).toBeGreaterThan(4);
    for (const at of occurrences) {
      const passage = describePassage(doc, at, at + 'programme'.length);
      const revised = without(lineAround(at));
      expect(anchor(passage, revised, outlineForTests(revised))).toMatchObject({
        status: 'orphan',
      });
    }
  });

  it('does not attach a rewritten sentence to another sentence that shares a few words', () => {
    const sentence = 'States Parties shall not decline to render mutual legal assistance';
    const at = untoc.indexOf(sentence);
    const passage = describePassage(doc, at, at + sentence.length);
    const revised = without(
      { start: at, end: at + sentence.length },
      'A requested State Party may postpone assistance',
    );
    const result = anchor(passage, revised, outlineForTests(revised));
    expect(result).toMatchObject({ status: 'orphan' });
  });

  it('keeps unchanged passages whose surrounding words were edited on both sides', () => {
    const quote = 'offences established in accordance with articles 5, 6, 8 and 23';
    const at = untoc.indexOf(quote);
    const passage = describePassage(doc, at, at + quote.length);
    const revised = `${untoc.slice(0, at - 4)}NEW ${quote} NEW${untoc.slice(at + quote.length + 4)}`;
    const result = anchorMany([passage], revised, outlineForTests(revised))[0];
    expect(result).toEqual({ status: 'exact', start: at, end: at + quote.length });
  });
});

/**
 * Passages known by their selectors alone (another tool's file, a set made on a version this
 * browser never read): nothing says which words of the earlier version stood where, so a place
 * is refused whenever the text shows the passage's own place lost its words.
 */
describe('anchoring by selectors alone claims no move that the text does not show', () => {
  it('does not take the "a" of "and" for the article "a"', () => {
    const sentence = 'of which at least one member State is a Party to this Convention';
    const at = untoc.indexOf(sentence) + sentence.indexOf(' a ') + 1;
    const passage = describePassage(doc, at, at + 1);
    const inserted = 'and, where appropriate, regional ';
    const revised = `${untoc.slice(0, at)}${inserted}${untoc.slice(at)}`;
    const result = anchor(passage, revised, outlineForTests(revised));
    expect(result.status === 'orphan' || result.start === at + inserted.length).toBe(true);
    if (result.status !== 'orphan') expect(revised.slice(result.start, result.end + 1)).toBe('a ');
  });

  it('orphans words cut where their context closed up, though they stand in the same paragraph', () => {
    const sentence = 'where it is committed and would be a criminal offence under the domestic law';
    const at = untoc.indexOf(sentence) + sentence.indexOf('a criminal');
    const quote = 'a criminal offence under';
    expect(untoc.slice(at - 120, at)).toContain(quote);
    const passage = describePassage(doc, at, at + quote.length);
    const revised = without({ start: at, end: at + quote.length + 1 });
    expect(revised).toContain('committed and would be the domestic law');
    expect(anchor(passage, revised, outlineForTests(revised))).toEqual({
      status: 'orphan',
      reason: 'deleted in this version',
    });
  });

  it('orphans words cut from a paragraph that still stands, though another article has them', () => {
    const sentence = 'construed to prejudice the rights of bona fide third parties';
    const first = untoc.indexOf(sentence);
    const second = untoc.indexOf(sentence, first + 1);
    expect(second).toBeGreaterThan(first);
    const at = second + 'construed '.length;
    const quote = 'to prejudice the rights';
    const passage = describePassage(doc, at, at + quote.length);
    expect(passage.structure?.address).toBe('Art. 13(8)');
    const revised = without({ start: at, end: at + quote.length + 1 });
    expect(anchor(passage, revised, outlineForTests(revised))).toEqual({
      status: 'orphan',
      reason: 'only in another provision',
    });
  });
});
