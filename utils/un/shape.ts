import type { Heading } from './headings.ts';
import type { NumberingMark } from './numbering.ts';
import type { DocumentShape } from './schemas.ts';

/** What the shape is read from: each line's content, heading and numbering marks. */
export interface ShapeLine {
  content: string;
  heading?: Heading;
  marks: NumberingMark[];
}

/**
 * The line that opens a resolution: the body that acts, then a comma (`The General Assembly,`,
 * `L'Assemblée générale,`, `إن الجمعية العامة،`, `大会，`). Its preambular paragraphs follow.
 */
const ACTING_BODY =
  /^(?:(?:the|l['’]|la|le|el|إن)\s*)?[\p{L}\s'’-]{0,60}?(?:assembly|council|conference|commission|committee|assemblée|conseil|conférence|comité|asamblea|consejo|conferencia|comisión|ассамблея|совет|конференция|комиссия|комитет|الجمعية|مجلس|المجلس|مؤتمر|لجنة|اللجنة|大会|理事会|会议|委员会)[\p{L}\s'’-]{0,100}[,،，]$/iu;
const MAX_ACTING_BODY_LENGTH = 120;
const ACTING_BODY_END = /[,،，]$/;

/** Words a title uses for notes that explain another document's articles, in the six languages. */
const NOTES_TITLE =
  /interpretative notes?|explanatory notes?|notes? interprétatives?|notes? explicatives?|notas? interpretativas?|notas? explicativas?|толковательн\p{L}* примечани\p{L}*|пояснительн\p{L}* примечани\p{L}*|ملاحظات تفسيرية|解释性说明|解释性注释/iu;
/**
 * Words a title uses for an agenda, in the six languages. A line with a number names an item
 * of some agenda in a masthead (`Point 110 de l’ordre du jour`, `Tema 110 del programa`,
 * `议程项目110`): resolutions and reports carry one, so it never makes the document an agenda.
 */
const AGENDA_TITLE =
  /^(?:(?:provisional|annotated|annotated provisional) )?agenda\b(?! item)|ordre du jour|programa(?: provisional)?\b|повестк\p{L}* дня|جدول الأعمال|议程/iu;

/** Words a report's title uses, in the six languages. */
const REPORT_TITLE = /\breport\b|\brapport\b|\binforme\b|доклад|تقرير|报告/iu;

/** `I. Introduction`, `A. Background`: the chapters and sections of reports, numbered with a dot. */
const DIVISION_LINE = /^(?<number>[IVXL]{1,6}|[A-Z])\.\s+(?<title>\S.{0,150})$/u;
const SENTENCE_END = /[.;:,，。；：،؛]$/u;
/** A table of contents' entry: dot leaders, or a paragraph range and a page (`… 12-25 3`). */
const CONTENTS_ENTRY = /\.{4,}|…{2,}|\s\d+\s*[-–]\s*\d+\s+\d+$/u;

/** A report's chapter (`II. Recommendations`) or section (`B. Mandate`) heading. */
export function divisionLine(content: string): Heading | undefined {
  const match = DIVISION_LINE.exec(content);
  const { number = '', title = '' } = match?.groups ?? {};
  if (!match || SENTENCE_END.test(title) || CONTENTS_ENTRY.test(title)) return undefined;
  // Sections run A., B., C.…; chapters I., II., IV.: `C.` and `D.` are sections, `I.` a chapter.
  return /^[IVXL]+$/.test(number)
    ? { kind: 'chapter', number, title }
    : { kind: 'section', number, title };
}

export function isActingBody(content: string): boolean {
  // The line ends with a comma first: most lines do not, and then the pattern, costly to compile
  // on a page that has not used it yet, is not run at all.
  return (
    content.length <= MAX_ACTING_BODY_LENGTH &&
    ACTING_BODY_END.test(content) &&
    ACTING_BODY.test(content)
  );
}

/**
 * The shape of a document from its lines. A resolution's acting body before any article or
 * numbered paragraph makes it a resolution (a convention annexed to it stays in its annex);
 * notes and agendas say what they are in their title; articles make a treaty; numbered
 * paragraphs otherwise make a report.
 */
export function documentShape(lines: readonly ShapeLine[]): DocumentShape | undefined {
  const firstUnit = lines.findIndex((line) => line.heading !== undefined || line.marks.length > 0);
  const head = firstUnit < 0 ? lines : lines.slice(0, firstUnit);
  const articles = lines.filter((line) => line.heading?.kind === 'article').length;
  const paragraphs = lines.filter((line) => line.marks[0]?.class === 'paragraph').length;
  if (head.some((line) => NOTES_TITLE.test(line.content)) && articles > 0) return 'notes';
  const actingBody = head.findIndex((line) => isActingBody(line.content));
  const agendaTitle = head.some(
    (line) => AGENDA_TITLE.test(line.content) && !/\p{Nd}/u.test(line.content),
  );
  if (actingBody < 0 && agendaTitle && paragraphs > 0) return 'agenda';
  // A preamble alone (the opening page of a resolution) is a resolution too; with articles
  // and no numbered paragraph, it is the preamble of a treaty.
  const preambleFollows =
    articles === 0 && lines.slice(actingBody + 1).some((line) => line.content.trim() !== '');
  if (actingBody >= 0 && (paragraphs > 0 || preambleFollows)) return 'resolution';
  if (articles > 0) return 'treaty';
  // One numbered paragraph is a report when the title says so (the first page of one).
  const titledReport = head.some((line) => REPORT_TITLE.test(line.content));
  if (paragraphs >= 2 || (paragraphs === 1 && titledReport)) return 'report';
  return undefined;
}
