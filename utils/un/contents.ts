import type { Outline, OutlineUnit, UnitKind } from './schemas.ts';

/** One line of a document's table of contents. */
export interface ContentsEntry {
  kind: UnitKind;
  address: string;
  label: string;
  depth: number;
  start: number;
  /** For interpretative notes: the provision of the other document the note explains. */
  explains?: string;
}

const DIVISIONS = new Set<UnitKind>(['preamble', 'part', 'chapter', 'section', 'article', 'annex']);
const MAX_LABEL = 500;

/**
 * The units a document is compared and navigated by: its divisions and articles, and, when its
 * shape is not a treaty's, its own numbered paragraphs (preambular and operative paragraphs,
 * report paragraphs, notes, agenda items) — never the paragraphs inside an article.
 */
export function tableOfContents(outline: Pick<Outline, 'units' | 'shape'>): ContentsEntry[] {
  const ownParagraphs = outline.shape !== undefined && outline.shape !== 'treaty';
  const entries: ContentsEntry[] = [];
  const visit = (units: readonly OutlineUnit[], depth: number) => {
    for (const unit of units) {
      const paragraph = unit.kind === 'paragraph' && ownParagraphs;
      if (!DIVISIONS.has(unit.kind) && !paragraph) continue;
      const entry: ContentsEntry = {
        kind: unit.kind,
        address: unit.address,
        label: labelOf(unit).slice(0, MAX_LABEL),
        depth,
        start: unit.start,
      };
      if (unit.explains) entry.explains = unit.explains;
      entries.push(entry);
      // An article's paragraphs are not in the contents; a paragraph's sub-items neither.
      if (!paragraph) visit(unit.children, depth + 1);
    }
  };
  visit(outline.units, 0);
  return entries;
}

/** `Art. 5 — Criminalization…`; a note says what it explains: `para. 4 — on Art. 2(c)`. */
function labelOf(unit: OutlineUnit): string {
  if (unit.kind === 'paragraph' && unit.explains) return `${unit.address} — on ${unit.explains}`;
  return unit.title ? `${unit.address} — ${unit.title}` : unit.address;
}

/** The entries a compare view offers: the document's own units, articles or paragraphs. */
export function comparableEntries<T extends Pick<ContentsEntry, 'kind'>>(
  entries: readonly T[],
): T[] {
  return entries.filter((entry) => entry.kind === 'article' || entry.kind === 'paragraph');
}

/**
 * The entry being read: the last one whose start is drawn at or above `line` (a height in the
 * viewport). `topOf` says where an entry's start is drawn now, undefined when it is not drawn;
 * entries are in reading order, so the first one drawn below the line ends the search.
 */
export function entryInView<T extends Pick<ContentsEntry, 'start'>>(
  entries: readonly T[],
  topOf: (start: number) => number | undefined,
  line: number,
): T | undefined {
  let reading: T | undefined;
  for (const entry of entries) {
    const top = topOf(entry.start);
    if (top === undefined) continue;
    if (top > line) break;
    reading = entry;
  }
  return reading;
}
