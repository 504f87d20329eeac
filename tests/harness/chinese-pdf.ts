import {
  beginText,
  endText,
  moveText,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFString,
  setFontAndSize,
  showText,
} from 'pdf-lib';

/** UNTOC article 5's heading in the Chinese version (resolution 55/25). */
export const CHINESE = '第五条 参加有组织犯罪集团行为的刑事定罪';

/**
 * A Chinese PDF as older UN and office tools write it: the text in a standard Adobe font
 * (STSong-Light) that is not embedded, coded through a predefined CMap (UniGB-UCS2-H).
 */
export async function chineseWithoutEmbeddedFont(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const { context } = doc;
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: 'STSong-Light',
      Flags: 6,
      FontBBox: [-25, -254, 1000, 880],
      ItalicAngle: 0,
      Ascent: 880,
      Descent: -120,
      CapHeight: 880,
      StemV: 93,
    }),
  );
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType0',
      BaseFont: 'STSong-Light',
      CIDSystemInfo: {
        Registry: PDFString.of('Adobe'),
        Ordering: PDFString.of('GB1'),
        Supplement: 2,
      },
      FontDescriptor: descriptor,
      DW: 1000,
    }),
  );
  const font = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: 'STSong-Light-UniGB-UCS2-H',
      Encoding: 'UniGB-UCS2-H',
      DescendantFonts: [cidFont],
    }),
  );
  page.node.setFontDictionary(PDFName.of('F1'), font);
  const ucs2 = [...CHINESE]
    .map((char) => (char.codePointAt(0) as number).toString(16).padStart(4, '0'))
    .join('');
  page.pushOperators(
    beginText(),
    setFontAndSize('F1', 14),
    moveText(72, 760),
    showText(PDFHexString.of(ucs2)),
    endText(),
  );
  return doc.save();
}
