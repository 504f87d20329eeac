import { strFromU8, unzipSync } from 'fflate';

export interface Run {
  text: string;
  struck: boolean;
  underlined: boolean;
}

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&apos;': "'",
};

export function documentXml(docx: Uint8Array): string {
  const file = unzipSync(docx)['word/document.xml'];
  if (!file) throw new Error('no word/document.xml in the package');
  return strFromU8(file);
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
    .map((match) => (match[0] === '<w:br/>' ? '\n' : (match[1] as string)))
    .join('')
    .replace(/&(?:lt|gt|amp|quot|apos);/g, (entity) => ENTITIES[entity] as string);
}

/** The table rows, each as the text of its cells. */
export function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((row) =>
    [...(row[1] as string).matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) =>
      textOf(cell[1] as string),
    ),
  );
}

/** The runs of one table cell, with their strike-through and underline. */
export function cellRuns(xml: string, row: number, column: number): Run[] {
  const rowXml = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)][row]?.[1] ?? '';
  const cellXml = [...rowXml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)][column]?.[1] ?? '';
  return [...cellXml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((run) => ({
    text: textOf(run[1] as string),
    struck: (run[1] as string).includes('<w:strike/>'),
    underlined: (run[1] as string).includes('<w:u w:val="single"/>'),
  }));
}
