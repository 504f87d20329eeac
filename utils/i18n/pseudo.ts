import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index] as string,
  ]),
);

function accent(text: string): string {
  return [...text].map((char) => ACCENTED[char] ?? char).join('');
}

function transform(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: accent(element.value) };
    if (element.type === TYPE.tag) return { ...element, children: transform(element.children) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([name, option]) => [
          name,
          { ...option, value: transform(option.value) },
        ]),
      );
      return { ...element, options };
    }
    return element;
  });
}

/**
 * The pseudo-locale of a message: letters accented, about 40 % longer, and wrapped in
 * right-to-left marks and brackets, so a hard-coded string stands out in plain English, a clipped one
 * loses its closing bracket, and layouts meet bidi control characters. Placeholders and
 * plural forms survive, because the message is transformed as a MessageFormat tree.
 */
export function pseudoLocalise(message: string): MessageFormatElement[] {
  const padding = '~'.repeat(Math.max(1, Math.round(message.length * 0.4)));
  return [
    { type: TYPE.literal, value: '\u200F⟦' },
    ...transform(parse(message)),
    { type: TYPE.literal, value: ` ${padding}⟧\u200F` },
  ];
}
