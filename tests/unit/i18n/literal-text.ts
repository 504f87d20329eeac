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
/** Two words with a space between: a phrase, where a class name or a key has none. */
const PHRASE = /\p{L}{2,}[^\S\n]+\p{L}{2,}/u;
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
 * Where a phrase is not shown: a module name, a literal type, a comparison, an argument handed
 * straight to a call (a key to `t`, a message to the console or to an Error, an event's name),
 * and attributes nobody reads (class names, ids, data).
 */
function silentPlace(node: ts.Node, source: ts.SourceFile): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (
      ts.isImportDeclaration(parent) ||
      ts.isExportDeclaration(parent) ||
      ts.isLiteralTypeNode(parent) ||
      ts.isImportTypeNode(parent)
    )
      return true;
    if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && child !== parent.expression)
      return child === node || !ts.isObjectLiteralExpression(child);
    if (ts.isJsxAttribute(parent)) return !SPOKEN_ATTRIBUTES.has(parent.name.getText(source));
    if (
      ts.isBinaryExpression(parent) &&
      [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(
        parent.operatorToken.kind,
      )
    )
      return true;
    if (ts.isCaseClause(parent) && child === parent.expression) return true;
  }
  return false;
}

/**
 * English a component or a page would show without the catalog: text between JSX tags,
 * spoken attributes given as literals, literals placed as children, literals handed to
 * toasts and status lines, and any phrase written anywhere else it could be shown from (a
 * table of texts, a constant, a title handed to a browser API).
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
    // A literal caught by two rules is one finding.
    const reported = new Set<number>();
    const report = (node: ts.Node, text: string) => {
      if (reported.has(node.getStart())) return;
      reported.add(node.getStart());
      findings.push({
        file,
        line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        text: text.trim(),
      });
    };
    const visit = (node: ts.Node): void => {
      const phrase = literalWords(node);
      if (phrase !== undefined && PHRASE.test(phrase) && !silentPlace(node, source))
        report(node, phrase);
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
