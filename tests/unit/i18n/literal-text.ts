import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { en } from '../../../locales/en.ts';

/** Attributes a user reads or hears. */
const SPOKEN_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);
/** Calls whose string argument is shown to the user as it is. */
const SHOWING_CALLS = new Set([
  'toast',
  'setStatus',
  'setError',
  'setMessage',
  'setEditorStatus',
  'announce',
]);

const WORDS = /\p{L}{2,}/u;
const KEYS = new Set(Object.keys(en));

export interface Finding {
  file: string;
  line: number;
  text: string;
}

function sourceFiles(root: string, dirs: readonly string[]): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
      .map((name) => path.join(dir, name)),
  );
}

/** Text in a literal that would reach the user: words, and not a catalog key. */
function literalWords(node: ts.Node): string | undefined {
  let text: string | undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
  else if (ts.isTemplateExpression(node))
    text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  if (text === undefined || KEYS.has(text) || !WORDS.test(text)) return undefined;
  return text;
}

/**
 * Literals an expression would show. A call's arguments are its own business: `t`'s are keys,
 * a formatter's are options; calls that show their argument are checked where they are made.
 */
function literalsIn(node: ts.Node, found: (node: ts.Node, text: string) => void): void {
  if (ts.isCallExpression(node)) return;
  // A comparison names a value, it shows nothing.
  if (
    ts.isBinaryExpression(node) &&
    [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(
      node.operatorToken.kind,
    )
  )
    return;
  // A lookup names a value; JSX and functions inside are visited on their own.
  if (
    ts.isElementAccessExpression(node) ||
    ts.isJsxElement(node) ||
    ts.isJsxSelfClosingElement(node) ||
    ts.isJsxFragment(node) ||
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node) ||
    // Options handed to Intl and the like, not words.
    ts.isObjectLiteralExpression(node)
  )
    return;
  const text = literalWords(node);
  if (text !== undefined) found(node, text);
  ts.forEachChild(node, (child) => literalsIn(child, found));
}

/**
 * English a component or a page would show without the catalog: text between JSX tags,
 * spoken attributes given as literals, literals placed as children, and literals handed to
 * toasts and status lines.
 */
export function literalText(root: string, dirs: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  for (const file of sourceFiles(root, dirs)) {
    const source = ts.createSourceFile(
      file,
      readFileSync(path.join(root, file), 'utf8'),
      ts.ScriptTarget.Latest,
      true,
      file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const report = (node: ts.Node, text: string) =>
      findings.push({
        file,
        line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        text: text.trim(),
      });
    const visit = (node: ts.Node): void => {
      if (ts.isJsxText(node) && WORDS.test(node.text)) report(node, node.text);
      else if (ts.isJsxAttribute(node) && SPOKEN_ATTRIBUTES.has(node.name.getText(source))) {
        if (node.initializer) literalsIn(node.initializer, report);
      } else if (ts.isJsxExpression(node) && !ts.isJsxAttribute(node.parent) && node.expression)
        literalsIn(node.expression, report);
      else if (
        ts.isCallExpression(node) &&
        SHOWING_CALLS.has(
          ts.isPropertyAccessExpression(node.expression)
            ? node.expression.name.text
            : node.expression.getText(source),
        )
      )
        for (const argument of node.arguments) literalsIn(argument, report);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return findings;
}
