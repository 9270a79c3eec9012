/**
 * Checks on the JavaScript Apps Script will serve. HtmlService cuts a served script off after
 * `//` or `/*` inside a template literal, so the pages are built with template literals lowered
 * to plain strings, and this check fails the build if one survives anyway. It reads the code as
 * TypeScript's parser does (strings, regexes and comments are told apart), not with a regex.
 */
import ts from 'typescript';

export interface ServedJsProblem {
  file: string;
  line: number;
  text: string;
  reason: string;
}

export function servedJsProblems(file: string, code: string): ServedJsProblem[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const problems: ServedJsProblem[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const text = node.getText(source);
      if (text.includes('//') || text.includes('/*')) {
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        problems.push({ file, line, text: text.slice(0, 80), reason: 'a template literal holds // or /*, which Apps Script cuts off' });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const closing = code.search(/<\/script/i);
  if (closing >= 0) problems.push({ file, line: code.slice(0, closing).split('\n').length, text: '</script', reason: 'ends the inline script early' });
  return problems;
}

/** The scripts inlined in an HTML page. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
}
