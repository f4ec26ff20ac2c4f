/**
 * Finds words meant for a reader that are written into a component instead of coming from the
 * catalogs: JSX text, the attributes a reader sees or hears (aria-label, title, placeholder, alt,
 * an option group's label…), literals a component renders, the messages it reports, and the
 * label tables it keeps. Parsed with TypeScript 5's compiler API (the project's TypeScript 7 has
 * none). A literal counts when it holds a letter; signs, numbers and punctuation are the same in
 * every language.
 */
import ts from 'typescript-5';

/** Attributes a reader sees (title, placeholder) or hears (aria-…), and an option group's name. */
const SEEN_ATTRIBUTES = new Set(['aria-label', 'aria-valuetext', 'aria-description', 'aria-roledescription', 'aria-placeholder', 'title', 'placeholder', 'alt', 'label']);
/** Calls whose argument a reader reads: a status line, an error, a status object's text. */
const REPORTING_CALLS = new Set(['info', 'error', 'setError', 'setLoadError', 'setStatus', 'failed']);
/** Properties of the label tables components keep (ENTITY_TYPES, EXPORTS, NAV…). */
const LABEL_PROPERTIES = new Set(['label', 'title', 'hint', 'intro', 'text', 'message', 'button', 'detail', 'examples', 'placeholder', 'emptyText']);

/**
 * Words the same in every language, allowed where they stand: names of keys on a keyboard. Each
 * entry needs its reason; a name of Assay or of a source comes from the catalogs or the dataset.
 */
export const SAME_IN_EVERY_LANGUAGE = new Set([
  // A key chord, named as the keyboard names it.
  'Ctrl+Enter',
  // The example host of the site field: a host name, not a word.
  'example.com',
]);

export interface Finding {
  file: string;
  line: number;
  text: string;
  why: string;
}

const hasLetter = (text: string) => /\p{L}/u.test(text);

/** The static text of a literal, or undefined when the node is no literal. */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  return undefined;
}

/** The literals an expression may evaluate to: through parentheses, `?:`, `&&`, `||` and `??`. */
function outcomes(node: ts.Expression): ts.Expression[] {
  if (ts.isParenthesizedExpression(node)) return outcomes(node.expression);
  if (ts.isConditionalExpression(node)) return [...outcomes(node.whenTrue), ...outcomes(node.whenFalse)];
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(node.operatorToken.kind)) {
    return node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken ? outcomes(node.right) : [...outcomes(node.left), ...outcomes(node.right)];
  }
  return [node];
}

function calleeName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) {
    // The console is for developers, in English.
    if (ts.isIdentifier(callee.expression) && callee.expression.text === 'console') return undefined;
    return callee.name.text;
  }
  return undefined;
}

/** Every reader-facing literal in one file's source; `keys`: the catalogs' messages, which a literal may name. */
export function findLiterals(file: string, source: string, keys: ReadonlySet<string> = new Set()): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const report = (node: ts.Node, text: string, why: string) => {
    const trimmed = text.trim();
    if (!hasLetter(trimmed) || SAME_IN_EVERY_LANGUAGE.has(trimmed) || keys.has(trimmed)) return;
    findings.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: trimmed, why });
  };
  const reportOutcomes = (expression: ts.Expression | undefined, why: string) => {
    if (!expression) return;
    for (const outcome of outcomes(expression)) {
      const text = literalText(outcome);
      if (text !== undefined) report(outcome, text, why);
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text, 'JSX text');
    else if (ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) reportOutcomes(node.expression, 'rendered literal');
    else if (ts.isJsxAttribute(node) && SEEN_ATTRIBUTES.has(node.name.getText(sf)) && node.initializer) {
      if (ts.isStringLiteral(node.initializer)) report(node.initializer, node.initializer.text, `${node.name.getText(sf)}=`);
      else if (ts.isJsxExpression(node.initializer)) reportOutcomes(node.initializer.expression, `${node.name.getText(sf)}=`);
    } else if (ts.isCallExpression(node) && REPORTING_CALLS.has(calleeName(node) ?? '')) {
      // An object argument's `text` is found as a label property below.
      for (const argument of node.arguments) reportOutcomes(argument, `${calleeName(node)}()`);
    } else if (ts.isPropertyAssignment(node) && LABEL_PROPERTIES.has(node.name.getText(sf).replace(/['"]/g, ''))) {
      reportOutcomes(node.initializer, `${node.name.getText(sf)}:`);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && node.left.getText(sf) === 'document.title') {
      reportOutcomes(node.right, 'document.title =');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return findings;
}
