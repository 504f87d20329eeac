import { isWhitespaceCode } from '../anchoring/whitespace.ts';
import { runAll, type Steps } from '../scheduling/steps.ts';
import { addressOf } from './address.ts';
import { type Heading, type HeadingKind, parseHeading } from './headings.ts';
import { guessLanguage } from './language-guess.ts';
import type { UnLanguage } from './languages.ts';
import { type Line, splitLines } from './lines.ts';
import { withoutMarkers } from './markers.ts';
import { leadingMarks, type NumberingMark } from './numbering.ts';
import { asciiDigits, toLetter, toRoman } from './numerals.ts';
import type { DocumentShape, Outline, OutlineUnit, UnitKind } from './schemas.ts';
import { divisionLine, documentShape, isActingBody } from './shape.ts';
import { findSymbols } from './symbol-grammar.ts';

interface LineRecord extends Line {
  heading?: Heading;
  marks: NumberingMark[];
}

interface OpenUnit {
  unit: OutlineUnit;
  level: number;
  /** Position in its numbering sequence, to tell (i) the letter from (i) the numeral. */
  value: number;
}

/** Nesting depth; a unit closes every open unit at its level or deeper. */
const LEVEL: Record<UnitKind, number> = {
  annex: 0,
  preamble: 0,
  part: 1,
  chapter: 2,
  section: 3,
  article: 4,
  paragraph: 5,
  subparagraph: 6,
  item: 7,
};
/** `a.` under an item (`Art. 5(1)(a)(ii)(a)`): an item one level deeper. */
const SUB_ITEM_LEVEL = 8;
const MAX_HEADING_LENGTH = 200;
const MAX_TITLE_LENGTH = 200;
const SENTENCE_END = /[.;:,，。；：،؛]$/u;
const CHAPEAU_END = /[,，،]$/u;
/** A line ending so introduces a list: `(h) … as follows:` then `(i)` is its first item. */
const INTRODUCES_LIST = new Set([':', '：']);
/** The line that closes a treaty preamble, in the six languages. */
const AGREED_AS_FOLLOWS =
  /agreed as follows|convenus de ce qui suit|convenido (?:en )?lo siguiente|согласились о нижеследующем|اتفقت على ما يلي|协议如下/iu;

/** The testimonium (`IN WITNESS WHEREOF…`) closes a treaty: it belongs to no article. */
const TESTIMONIUM =
  /^(?:in witness whereof|en foi de quoi|en (?:fe|testimonio) de lo cual|в удостоверение чего|وإثباتا لذلك|下列签署人)/iu;

/**
 * The meeting that adopted a resolution, under its last operative paragraph (`93rd plenary
 * meeting`, `93e séance plénière`, `93.ª sesión plenaria`, `93-е пленарное заседание`,
 * `الجلسة العامة 93`, `第93次全体会议`): it and the date below it belong to no paragraph.
 */
const ADOPTING_MEETING =
  /^(?:\d+(?:st|nd|rd|th|e|\.?ª|-?е)?\s+(?:plenary meeting|séance plénière|sesión plenaria|пленарное заседание)|الجلسة العامة\s+\d+|第\d+次全体会议)$/iu;

/** A heading of notes naming the instrument its notes explain, in the six languages. */
const INSTRUMENT_HEADING =
  /convention|protocol|convenci[óo]n|protocole|protocolo|конвенци|протокол|اتفاقية|الاتفاقية|بروتوكول|البروتوكول|公约|议定书/iu;

/** Lines read between two pauses of outlineTextSteps. */
const LINES_PER_STEP = 64;

function* readLines(text: string): Steps<LineRecord[]> {
  const records = splitLines(text) as LineRecord[];
  for (const [index, record] of records.entries()) {
    if (index % LINES_PER_STEP === LINES_PER_STEP - 1) yield;
    const heading =
      record.content.length <= MAX_HEADING_LENGTH ? parseHeading(record.content) : undefined;
    if (heading) record.heading = heading;
    record.marks = heading ? [] : leadingMarks(record.content);
  }
  return records;
}

/** Reports, resolutions, notes and agendas number their chapters `I.` and sections `A.`. */
function readDivisionLines(records: LineRecord[]) {
  for (const record of records) {
    if (record.heading || record.marks.length > 0) continue;
    const heading = divisionLine(record.content);
    if (heading) record.heading = heading;
  }
}

/**
 * The article a line of interpretative notes is keyed to and, when it says, the paragraph in it:
 * `Article 2`, `Article 2, subparagraph (a)`, `Artículo 15, párrafo 2`. Undefined otherwise.
 */
const NOTE_ARTICLE =
  /^(?:article|art\.|art[íi]culo|статья|المادة)\s+(?<number>\d+|[\u0660-\u0669]+)(?<rest>.*)$/iu;
/** A line of notes naming a paragraph or subparagraph of the article above it. */
const NOTE_PART =
  /^(?:sub-?paragraphs?|paragraphs?|alinéas?|paragraphes?|apartados?|párrafos?|пункты?|подпункты?|الفقرة(?: الفرعية)?)\s+(?<rest>.{1,40})$/iu;

function refinement(rest: string): string {
  const paragraph = /(?:^|[\s,])(\d{1,3})(?![\d)])/u.exec(rest)?.[1];
  const letter = /\(?\b([a-z])\)/u.exec(rest)?.[1];
  return `${paragraph ? `(${paragraph})` : ''}${letter ? `(${letter})` : ''}`;
}

function noteArticle(content: string): { explains: string; title?: string } | undefined {
  const match = NOTE_ARTICLE.exec(content);
  if (!match) return undefined;
  const { number = '', rest = '' } = match.groups ?? {};
  const explains = `Art. ${asciiDigits(number)}${refinement(rest)}`;
  const title = withoutMarkers(rest.replace(/^[\s.:,–—-]+/u, ''));
  return title ? { explains, title } : { explains };
}

function isStructural(record: LineRecord): boolean {
  return record.heading !== undefined || record.marks.length > 0;
}

/**
 * Where a preamble without a `Preamble` heading begins: a chapeau ending in a comma (`The States
 * Parties to this Convention,`) before `Have agreed as follows:` and before the first heading.
 */
function implicitPreambleStart(records: LineRecord[]): number | undefined {
  const firstHeading = records.findIndex((record) => record.heading !== undefined);
  const end = firstHeading < 0 ? records.length : firstHeading;
  if (records[end]?.heading?.kind === 'preamble') return undefined;
  const agreed = records
    .slice(0, end)
    .findIndex((record) => AGREED_AS_FOLLOWS.test(record.content));
  if (agreed < 0) return undefined;
  const chapeau = records.slice(0, agreed).findIndex((record) => CHAPEAU_END.test(record.content));
  return chapeau < 0 ? undefined : chapeau;
}

/** A short line that is not a sentence: the title after a heading or at the top of a draft. */
function asTitle(content: string): string | undefined {
  const clean = withoutMarkers(content);
  if (clean === '' || clean.length > MAX_TITLE_LENGTH || SENTENCE_END.test(clean)) return undefined;
  return clean;
}

function isSymbolLine(content: string): boolean {
  const symbols = findSymbols(content);
  return symbols.length > 0 && symbols.map((found) => found.symbol).join(' ') === content.trim();
}

/** The draft's title: the last title-like line above its first unit, skipping the symbol and `Distr.: General`-style lines. */
function documentTitle(records: LineRecord[]): string | undefined {
  let title: string | undefined;
  for (const record of records) {
    if (isSymbolLine(record.content) || record.content.includes(':')) continue;
    title = asTitle(record.content) ?? title;
  }
  return title;
}

function documentLanguage(records: LineRecord[], text: string): UnLanguage | undefined {
  const votes = new Map<UnLanguage, number>();
  for (const record of records) {
    const language = record.heading?.language;
    if (language) votes.set(language, (votes.get(language) ?? 0) + 1);
  }
  const [top] = [...votes].sort((a, b) => b[1] - a[1]);
  return top?.[0] ?? guessLanguage(text);
}

/** Builds the unit tree from line records; see `outlineText`. */
class OutlineBuilder {
  readonly units: OutlineUnit[] = [];
  private readonly stack: OpenUnit[] = [];

  constructor(private readonly text: string) {}

  open(kind: UnitKind, level: number, start: number, value: number, fields: Partial<OutlineUnit>) {
    this.closeFor(level, start);
    const unit: OutlineUnit = { kind, ...fields, address: '', start, end: start, children: [] };
    (this.top()?.unit.children ?? this.units).push(unit);
    this.stack.push({ unit, level, value });
    return unit;
  }

  /** Closes what a new unit at `level` ends; headings also end the preamble. */
  private closeFor(level: number, at: number) {
    const heading = level <= LEVEL.article;
    while (this.stack.length > 0) {
      const top = this.top() as OpenUnit;
      const inPreamble = heading && this.stack.some((open) => open.unit.kind === 'preamble');
      if (top.level < level && !inPreamble) return;
      this.close(at);
    }
  }

  private close(at: number) {
    const { unit } = this.stack.pop() as OpenUnit;
    let end = at;
    while (end > unit.start && isWhitespaceCode(this.text.charCodeAt(end - 1))) end--;
    unit.end = end;
  }

  /** Ends the units open inside the preamble: its closing line belongs to no paragraph. */
  closeInsidePreamble(at: number) {
    while (this.stack.length > 0 && this.top()?.unit.kind !== 'preamble') this.close(at);
  }

  closeAll(at: number) {
    while (this.stack.length > 0) this.close(at);
  }

  top(): OpenUnit | undefined {
    return this.stack[this.stack.length - 1];
  }

  innermost(level: number, above = -1): OpenUnit | undefined {
    for (let index = this.stack.length - 1; index > above; index--) {
      if (this.stack[index]?.level === level) return this.stack[index];
    }
    return undefined;
  }

  indexOf(open: OpenUnit | undefined): number {
    return open ? this.stack.indexOf(open) : -1;
  }
}

type Placement = { kind: UnitKind; level: number; value: number };

/** What surrounds a mark: the next mark, and whether the line before ended with a colon. */
interface MarkContext {
  next: NumberingMark | undefined;
  introduced: boolean;
}

/**
 * Where a numbering mark goes. `(i)` after `(h)` is the letter unless `(h)` ends with a colon or
 * the next mark is `(ii)`; after `(a)` it opens the items.
 */
function place(
  mark: NumberingMark,
  { next, introduced }: MarkContext,
  builder: OutlineBuilder,
): Placement {
  const subparagraph = { kind: 'subparagraph', level: LEVEL.subparagraph } as const;
  const item = { kind: 'item', level: LEVEL.item, value: mark.value } as const;
  switch (mark.class) {
    case 'paragraph':
      return { kind: 'paragraph', level: LEVEL.paragraph, value: mark.value };
    case 'letter':
      return { ...subparagraph, value: mark.value };
    case 'roman':
      return item;
    case 'letter-dot': {
      const inItem = builder.innermost(LEVEL.item) !== undefined;
      return inItem
        ? { kind: 'item', level: SUB_ITEM_LEVEL, value: mark.value }
        : { ...subparagraph, value: mark.value };
    }
    case 'letter-or-roman': {
      const letterValue = mark.letterValue as number;
      const openSubparagraph = builder.innermost(LEVEL.subparagraph);
      const openItem = builder.innermost(LEVEL.item, builder.indexOf(openSubparagraph));
      const letterNext =
        openSubparagraph !== undefined && openSubparagraph.value + 1 === letterValue;
      const romanNext = openItem ? openItem.value + 1 === mark.value : mark.value === 1;
      const nextIsRoman =
        next !== undefined &&
        next.class !== 'paragraph' &&
        next.class !== 'letter' &&
        next.value === mark.value + 1;
      if (letterNext && !(romanNext && (nextIsRoman || introduced))) {
        return { ...subparagraph, value: letterValue };
      }
      if (romanNext || openSubparagraph) return item;
      return { ...subparagraph, value: letterValue };
    }
  }
}

/** Labels in address form whatever the script: Arabic (ب) is (b), ’2‘ and ㈡ are (ii). */
function labelOf(placement: Placement): string {
  if (placement.kind === 'paragraph') return String(placement.value);
  if (placement.kind === 'item' && placement.level === LEVEL.item) return toRoman(placement.value);
  return toLetter(placement.value);
}

/** For each line, the first numbering mark after it, up to the next heading. */
function nextMarks(records: LineRecord[]): Array<NumberingMark | undefined> {
  const next: Array<NumberingMark | undefined> = new Array(records.length);
  let following: NumberingMark | undefined;
  for (let index = records.length - 1; index >= 0; index--) {
    next[index] = following;
    const record = records[index] as LineRecord;
    if (record.heading) following = undefined;
    else following = record.marks[0] ?? following;
  }
  return next;
}

function assignAddresses(units: OutlineUnit[], ancestors: OutlineUnit[], shape: DocumentShape) {
  for (const unit of units) {
    unit.address = addressOf(unit, ancestors, shape);
    assignAddresses(unit.children, [...ancestors, unit], shape);
  }
}

/** Where a resolution's preamble starts: the line naming the body that acts. */
function actingBodyLine(records: LineRecord[]): number | undefined {
  for (let index = 0; index < records.length; index++) {
    const record = records[index] as LineRecord;
    if (isStructural(record)) return undefined;
    if (isActingBody(record.content)) return index;
  }
  return undefined;
}

interface PreambleState {
  /** The first line of a preamble is its chapeau (`The States Parties to this Convention,`). */
  chapeauPending: boolean;
  paragraphs: number;
}

/**
 * The outline of a draft's plain text: preamble, parts, chapters, sections, articles,
 * paragraphs, subparagraphs, items and annexes, with UTF-16 offsets into `text`. A unit starts
 * at its heading or numbering mark (or the bracket before it) and ends where the next unit of
 * its level or higher begins, trailing spaces excluded.
 */
export function outlineText(text: string): Outline {
  return runAll(outlineTextSteps(text));
}

/** outlineText in steps, pausing every few lines (see utils/scheduling). */
export function* outlineTextSteps(text: string): Steps<Outline> {
  const records = yield* readLines(text);
  yield;
  const shape = documentShape(records);
  if (shape && shape !== 'treaty') readDivisionLines(records);
  const following = nextMarks(records);
  const preambleStart =
    shape === 'resolution' ? actingBodyLine(records) : implicitPreambleStart(records);
  /** In notes: the provision the notes under the current heading explain. */
  let explains: string | undefined;
  let explainedArticle: string | undefined;
  let instrument: string | undefined;
  const builder = new OutlineBuilder(text);
  const titleLines = new Set<number>();
  let preamble: PreambleState | undefined;
  let firstUnit: number | undefined;
  let previousContent = '';

  const titleBelow = (index: number): string | undefined => {
    for (let below = index + 1; below < records.length; below++) {
      const record = records[below] as LineRecord;
      if (withoutMarkers(record.content) === '') continue;
      if (isStructural(record) || below === preambleStart) return undefined;
      const title = asTitle(record.content);
      if (title) titleLines.add(below);
      return title;
    }
    return undefined;
  };

  const openHeading = (record: LineRecord, heading: Heading, index: number) => {
    const kind: HeadingKind = heading.kind;
    const fields: Partial<OutlineUnit> = {};
    if (heading.number !== undefined) fields.number = heading.number;
    const title = heading.title ?? (kind === 'preamble' ? undefined : titleBelow(index));
    if (title !== undefined) fields.title = title;
    builder.open(kind, LEVEL[kind], record.contentStart, 0, fields);
    preamble = kind === 'preamble' ? { chapeauPending: true, paragraphs: 0 } : undefined;
    explains = undefined;
    if (shape === 'notes' && title !== undefined && INSTRUMENT_HEADING.test(title)) {
      instrument = title;
    }
  };

  /** A heading of notes keyed to an article: a group at article level, explaining it. */
  const openNoteGroup = (record: LineRecord, note: { explains: string; title?: string }) => {
    const fields: Partial<OutlineUnit> = { explains: note.explains };
    if (note.title) fields.title = note.title;
    builder.open('section', LEVEL.article, record.contentStart, 0, fields);
    explainedArticle = note.explains.replace(/\(.*$/, '');
    explains = note.explains;
  };

  for (const [index, record] of records.entries()) {
    if (index % LINES_PER_STEP === LINES_PER_STEP - 1) yield;
    handle(record, index);
    if (record.content !== '') previousContent = record.content;
  }
  yield;

  function handle(record: LineRecord, index: number) {
    if (titleLines.has(index)) return;
    if (shape === 'notes' && record.marks.length === 0) {
      const note = noteArticle(record.content);
      if (note) {
        firstUnit ??= index;
        openNoteGroup(record, note);
        return;
      }
      const part = explainedArticle ? NOTE_PART.exec(record.content) : null;
      if (part) {
        explains = `${explainedArticle}${refinement(part.groups?.rest ?? '')}`;
        return;
      }
    }
    if (index === preambleStart) {
      builder.open('preamble', LEVEL.preamble, record.contentStart, 0, {});
      preamble = { chapeauPending: true, paragraphs: 0 };
      firstUnit ??= index;
    }
    if (record.heading) {
      firstUnit ??= index;
      openHeading(record, record.heading, index);
      return;
    }
    if (record.marks.length > 0) {
      firstUnit ??= index;
      // A resolution's first numbered paragraph is its first operative paragraph.
      if (preamble && shape === 'resolution') {
        builder.closeAll(record.contentStart);
        preamble = undefined;
      }
      record.marks.forEach((mark, position) => {
        const context = {
          next: record.marks[position + 1] ?? following[index],
          introduced: position === 0 && INTRODUCES_LIST.has(previousContent.at(-1) ?? ''),
        };
        const placement = place(mark, context, builder);
        const start = position === 0 ? record.contentStart : record.contentStart + mark.index;
        const fields: Partial<OutlineUnit> = { number: labelOf(placement) };
        if (explains && placement.kind === 'paragraph') {
          fields.explains = explains;
          if (instrument) fields.explainsIn = instrument;
        }
        builder.open(placement.kind, placement.level, start, placement.value, fields);
      });
      if (preamble) preamble.chapeauPending = false;
      return;
    }
    if (TESTIMONIUM.test(record.content) || ADOPTING_MEETING.test(record.content)) {
      builder.closeAll(record.contentStart);
      preamble = undefined;
      return;
    }
    if (!preamble || record.content === '') return;
    if (AGREED_AS_FOLLOWS.test(record.content)) {
      builder.closeInsidePreamble(record.contentStart);
      preamble = undefined;
      return;
    }
    const isChapeau = preamble.chapeauPending && CHAPEAU_END.test(record.content);
    preamble.chapeauPending = false;
    if (isChapeau) return;
    preamble.paragraphs++;
    const number = preamble.paragraphs;
    builder.open('paragraph', LEVEL.paragraph, record.contentStart, number, {
      number: String(number),
    });
  }

  builder.closeAll(text.length);
  const { units } = builder;
  assignAddresses(units, [], shape ?? 'treaty');
  const head = firstUnit === undefined ? records : records.slice(0, firstUnit);
  const headEnd = firstUnit === undefined ? text.length : (records[firstUnit] as LineRecord).start;
  const outline: Omit<Outline, 'units'> = {};
  const symbol = findSymbols(text.slice(0, headEnd))[0]?.symbol;
  const title = documentTitle(head);
  const language = documentLanguage(records, text);
  if (symbol) outline.symbol = symbol;
  if (title) outline.title = title;
  if (language) outline.language = language;
  if (shape) outline.shape = shape;
  return { ...outline, units };
}
