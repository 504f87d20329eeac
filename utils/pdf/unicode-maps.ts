/**
 * The fonts of a PDF that say nothing about their characters (composite fonts with no ToUnicode
 * map), and writing a ToUnicode map into them. A map written here is read by pdf.js like any
 * other: the PDF's own glyph positions then carry the letters, for the text layer, search and
 * the outline alike.
 */
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  type PDFRef,
} from 'pdf-lib';
import { markDrawnSpace } from './drawn-spaces.ts';

/** A glyph code of one font (a CID: two bytes with Identity-H) and the text it stands for. */
export type GlyphMap = ReadonlyMap<number, string>;

export interface UnmappedFont {
  /** Index among the PDF's unmapped fonts: the probe text and the maps use it. */
  index: number;
  /** BaseFont, subset tag included (`AAAAAA+DejaVuSerif`). */
  name: string;
  /** The embedded TrueType program (FontFile2), decoded, when there is one. */
  program?: Uint8Array;
  /** Glyph id for a code: identity unless the font carries a CIDToGIDMap stream. */
  glyphOf: (code: number) => number;
  /** How many codes a CIDToGIDMap stream maps; undefined for the identity. */
  codeCount?: number;
  /** Codes the font gives widths for: the glyphs a writer put into the subset. */
  widthCodes: number[];
  ref: PDFRef;
}

export interface PdfFonts {
  doc: PDFDocument;
  unmapped: UnmappedFont[];
}

const name = (value: string) => PDFName.of(value);

function lookupDict(doc: PDFDocument, value: unknown): PDFDict | undefined {
  const resolved = doc.context.lookup(value as PDFRef);
  return resolved instanceof PDFDict ? resolved : undefined;
}

function streamBytes(doc: PDFDocument, value: unknown): Uint8Array | undefined {
  const stream = doc.context.lookup(value as PDFRef);
  return stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : undefined;
}

/** The codes a CIDFont's W array gives widths for. */
function widthCodes(doc: PDFDocument, descendant: PDFDict): number[] {
  const widths = doc.context.lookup(descendant.get(name('W')) as PDFRef);
  if (!(widths instanceof PDFArray)) return [];
  const codes: number[] = [];
  const entries = widths.asArray().map((entry) => doc.context.lookup(entry as PDFRef));
  for (let i = 0; i < entries.length; ) {
    const first = entries[i];
    const next = entries[i + 1];
    if (!(first instanceof PDFNumber)) break;
    if (next instanceof PDFArray) {
      next.asArray().forEach((_, k) => {
        codes.push(first.asNumber() + k);
      });
      i += 2;
    } else if (next instanceof PDFNumber) {
      for (let code = first.asNumber(); code <= next.asNumber(); code++) codes.push(code);
      i += 3;
    } else break;
  }
  return codes;
}

/** Opens a PDF and lists its composite fonts that have no ToUnicode map. */
export async function unmappedFonts(bytes: Uint8Array): Promise<PdfFonts> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  const unmapped: UnmappedFont[] = [];
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    if (object.get(name('Subtype')) !== name('Type0') || object.has(name('ToUnicode'))) continue;
    const descendants = doc.context.lookup(object.get(name('DescendantFonts')) as PDFRef);
    const descendant =
      descendants instanceof PDFArray ? lookupDict(doc, descendants.get(0)) : undefined;
    if (!descendant) continue;
    const descriptor = lookupDict(doc, descendant.get(name('FontDescriptor')));
    const program = descriptor ? streamBytes(doc, descriptor.get(name('FontFile2'))) : undefined;
    const cidToGid = streamBytes(doc, descendant.get(name('CIDToGIDMap')));
    const glyphOf = cidToGid
      ? (code: number) => ((cidToGid[code * 2] ?? 0) << 8) | (cidToGid[code * 2 + 1] ?? 0)
      : (code: number) => code;
    unmapped.push({
      index: unmapped.length,
      name: object.get(name('BaseFont'))?.toString().replace(/^\//, '') ?? 'unnamed font',
      ...(program ? { program } : {}),
      glyphOf,
      ...(cidToGid ? { codeCount: cidToGid.length / 2 } : {}),
      widthCodes: widthCodes(doc, descendant),
      ref,
    });
  }
  return { doc, unmapped };
}

const hex4 = (value: number) => value.toString(16).toUpperCase().padStart(4, '0');

function utf16Hex(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += hex4(text.charCodeAt(i));
  return out;
}

/** A ToUnicode CMap for two-byte codes, as the PDF specification writes one (9.10.3). */
export function toUnicodeCMap(map: GlyphMap): string {
  const entries = [...map].filter(([, text]) => text !== '').sort(([a], [b]) => a - b);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(
      `${block.length} beginbfchar\n${block.map(([code, text]) => `<${hex4(code)}> <${utf16Hex(markDrawnSpace(text))}>`).join('\n')}\nendbfchar`,
    );
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** The PDF with a ToUnicode map written into each font that has one in `maps` (by index). */
export async function withUnicodeMaps(
  fonts: PdfFonts,
  maps: ReadonlyMap<number, GlyphMap>,
): Promise<Uint8Array> {
  for (const font of fonts.unmapped) {
    const map = maps.get(font.index);
    const dict = lookupDict(fonts.doc, font.ref);
    if (!dict) continue;
    if (!map) {
      dict.delete(name('ToUnicode'));
      continue;
    }
    const stream = fonts.doc.context.flateStream(toUnicodeCMap(map));
    dict.set(name('ToUnicode'), fonts.doc.context.register(stream));
  }
  return fonts.doc.save({ updateFieldAppearances: false });
}
