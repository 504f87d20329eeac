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
