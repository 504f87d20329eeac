import { describe, expect, it } from 'vitest';
import { anchorMany } from '../../../utils/anchoring/anchor.ts';
import { describePassage } from '../../../utils/anchoring/describe.ts';
import { SearchText } from '../../../utils/anchoring/search-text.ts';
import { carryOver } from '../../../utils/revisions/carry-over.ts';
import { outlineText } from '../../../utils/un/outline.ts';
import { untoc } from './helpers/corpus.ts';

/**
 * The UNTOC text with the phrase of the example in two articles, as in the held-out
 * treaty where "States Parties, in particular the" stood in Art. 9(b) and Art. 27(f).
 */
const PHRASE = 'States Parties, in particular the';
const old = untoc
  .replace(
    'Each State Party shall take measures to ensure effective action by its authorities',
    `${PHRASE} competent authorities, shall take measures to ensure effective action`,
  )
  .replace(
    'States Parties shall cooperate closely with one another',
    `${PHRASE} competent authorities, shall cooperate closely with one another`,
  );
const inArticle9 = old.indexOf(PHRASE);
const inArticle27 = old.indexOf(PHRASE, inArticle9 + 1);

const previous = new SearchText(old);
const passageAt = (start: number, length: number) =>
  describePassage(previous, start, start + length);
const comment = (id: string, start: number, length: number) => {
  const target = passageAt(start, length);
  const units = outlineText(old).units;
  return { id, target, provision: provisionAt(units, start) };
};

function provisionAt(units: ReturnType<typeof outlineText>['units'], offset: number): string {
  let address = '';
  const visit = (list: typeof units) => {
    for (const unit of list) {
      if (unit.start <= offset && offset < unit.end) {
        address = unit.address;
        visit(unit.children);
      }
    }
  };
  visit(units);
  return address;
}

describe('carrying passages with the version they were made on', () => {
  it('reports a phrase deleted in Art. 9 as gone, not moved to its copy in Art. 27', () => {
    expect(inArticle27).toBeGreaterThan(inArticle9);
    const revised = old.slice(0, inArticle9) + old.slice(inArticle9 + PHRASE.length + 1);
    const [result] = carryOver(
      [comment('deleted', inArticle9, PHRASE.length)],
      revised,
      undefined,
      old,
    );
    expect(result).toMatchObject({ status: 'gone', oldProvision: 'Art. 9(2)' });
    // The copy in Art. 27 still carries over where it is.
    const [copy] = carryOver(
      [comment('copy', inArticle27, PHRASE.length)],
      revised,
      undefined,
      old,
    );
    expect(copy).toMatchObject({
      status: 'unchanged',
      newProvision: 'Art. 27(1)',
      newText: PHRASE,
    });
  });

  it('still reports a paragraph moved whole to another article as moved', () => {
    const paragraph = old.slice(
      old.lastIndexOf('\n', inArticle9) + 1,
      old.indexOf('\n', inArticle9) + 1,
    );
    const quote = 'shall take measures to ensure effective action';
    const at = old.indexOf(quote);
    const article27 = old.indexOf('### Article  28');
    const withoutParagraph = old.replace(paragraph, '');
    const at28 = withoutParagraph.indexOf('### Article  28');
    const revised = withoutParagraph.slice(0, at28) + paragraph + withoutParagraph.slice(at28);
    expect(article27).toBeGreaterThan(at);
    const [result] = carryOver([comment('moved', at, quote.length)], revised, undefined, old);
    expect(result).toMatchObject({
      status: 'moved',
      oldProvision: 'Art. 9(2)',
      newText: quote,
      start: revised.indexOf(quote),
    });
  });

  it('keeps short passages exact where they were when the words around them were edited', () => {
    const sentence = 'to promote integrity and to prevent, detect and punish the corruption';
    const at = old.indexOf(sentence);
    const shortOnes = ['and', 'to prevent,', 'the'].map((words) => {
      const start = old.indexOf(words, at + 'to promote integrity '.length);
      return { start, end: start + words.length };
    });
    const revised = old.replace(
      sentence,
      'to strengthen integrity and to prevent, detect, investigate and punish the bribery',
    );
    const results = anchorMany(
      shortOnes.map(({ start, end }) => describePassage(previous, start, end)),
      new SearchText(revised),
      [],
      previous,
    );
    const shift = 'to strengthen'.length - 'to promote'.length;
    expect(results).toEqual([
      {
        status: 'exact',
        start: (shortOnes[0]?.start ?? 0) + shift,
        end: (shortOnes[0]?.end ?? 0) + shift,
      },
      {
        status: 'exact',
        start: (shortOnes[1]?.start ?? 0) + shift,
        end: (shortOnes[1]?.end ?? 0) + shift,
      },
      {
        status: 'exact',
        start: revised.indexOf('the bribery'),
        end: revised.indexOf('the bribery') + 3,
      },
    ]);
  });

  it('leaves short words ambiguous when words inserted beside them repeat them', () => {
    const sentence = 'trends in organized crime in its territory';
    const at = old.indexOf(sentence) + 'trends in organized crime '.length;
    const passage = describePassage(previous, at, at + 'in'.length);
    const inserted = 'in accordance with its domestic law ';
    const revised = `${old.slice(0, at)}${inserted}${old.slice(at)}`;
    // Either "in" keeps one side of its context: no diff can tell which was there before.
    expect(revised).toContain('organized crime in accordance with its domestic law in its');
    expect(anchorMany([passage], new SearchText(revised), [], previous)).toEqual([
      { status: 'orphan', reason: 'ambiguous' },
    ]);
    // Inserted words that merely begin with the same letters leave one place: "a" is not "and".
    const article = old.indexOf('member State is a Party') + 'member State is '.length;
    const regional = 'and, where appropriate, regional ';
    const withRegional = `${old.slice(0, article)}${regional}${old.slice(article)}`;
    expect(anchorMany([passageAt(article, 1)], new SearchText(withRegional), [], previous)).toEqual(
      [
        {
          status: 'exact',
          start: article + regional.length,
          end: article + regional.length + 1,
        },
      ],
    );
  });

  it('places an edited passage on its new words, whatever was inserted inside it', () => {
    const quote =
      'adopt legislative, administrative or other effective measures to promote integrity';
    const at = old.indexOf(quote);
    const edited = quote.replace(
      'or other effective measures',
      'or other effective measures, in accordance with its domestic law and consistent with international human rights obligations,',
    );
    const revised = old.replace(quote, edited);
    const [result] = anchorMany(
      [passageAt(at, quote.length)],
      new SearchText(revised),
      [],
      previous,
    );
    expect(result).toMatchObject({ status: 'fuzzy', start: at, end: at + edited.length });
  });
});
