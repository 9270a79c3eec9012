/**
 * A parser for the subset of Sheets formulas the fake evaluates: numbers, "text", TRUE/FALSE,
 * cell references (`B3`, `$B$3`, `'Sheet 1'!B3`), ranges (`C5:C20`), operators
 * `+ - * / ^ & = <> < > <= >=`, unary minus, parentheses and function calls. Whole-column ranges
 * (`C:C`), named ranges and array literals are not supported: such a formula evaluates to #ERROR!.
 */
import { columnLetters, columnNumber } from './a1.js';

export interface CellRef {
  sheet: string | null;
  row: number;
  column: number;
  rowAbsolute: boolean;
  columnAbsolute: boolean;
}

export type FormulaNode =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'ref'; ref: CellRef }
  | { kind: 'range'; from: CellRef; to: CellRef }
  | { kind: 'name'; name: string }
  | { kind: 'call'; name: string; args: FormulaNode[] }
  | { kind: 'unary'; operand: FormulaNode }
  | { kind: 'binary'; op: string; left: FormulaNode; right: FormulaNode };

interface Token {
  type: 'number' | 'string' | 'ref' | 'name' | 'op';
  text: string;
  start: number;
}

const TOKEN =
  /\s*(?:(?<number>(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)|(?<string>"(?:[^"]|"")*")|(?<ref>(?:(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?\$?[A-Za-z]{1,3}\$?\d+(?![\w(]))|(?<name>[A-Za-z_][\w.]*)|(?<op><>|<=|>=|[-+*/^&=<>(),:]))/y;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.trimEnd().length) {
    const match = TOKEN.exec(source);
    const groups = match?.groups;
    if (!match || !groups) throw new SyntaxError(`Formula parse error at ${TOKEN.lastIndex}`);
    const type = (['number', 'string', 'ref', 'name', 'op'] as const).find((name) => groups[name] !== undefined);
    const text = type ? (groups[type] ?? '') : '';
    if (type) tokens.push({ type, text, start: match.index + match[0].length - text.length });
  }
  return tokens;
}

const REF_PARTS = /^(?:(.*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;

function parseRef(text: string): CellRef {
  const [, sheet, columnDollar, letters = 'A', rowDollar, digits = '1'] = REF_PARTS.exec(text) ?? [];
  return {
    sheet: sheet === undefined ? null : sheet.replace(/^'(.*)'$/, '$1').replaceAll("''", "'"),
    row: Number(digits),
    column: columnNumber(letters),
    rowAbsolute: rowDollar === '$',
    columnAbsolute: columnDollar === '$',
  };
}

/** Binary operators from loosest to tightest binding. */
const LEVELS = [['=', '<>', '<', '>', '<=', '>='], ['&'], ['+', '-'], ['*', '/'], ['^']];

/** Parses a formula (with or without its leading '='); throws SyntaxError when it cannot. */
export function parseFormula(formula: string): FormulaNode {
  const tokens = tokenize(formula.replace(/^=/, ''));
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const take = (text?: string): Token => {
    const token = tokens[at];
    if (!token || (text !== undefined && token.text !== text)) throw new SyntaxError(`Expected ${text ?? 'a value'}`);
    at += 1;
    return token;
  };
  const binary = (level: number): FormulaNode => {
    const ops = LEVELS[level];
    if (!ops) return unary();
    let left = binary(level + 1);
    for (let token = peek(); token?.type === 'op' && ops.includes(token.text); token = peek()) {
      take();
      left = { kind: 'binary', op: token.text, left, right: binary(level + 1) };
    }
    return left;
  };
  const unary = (): FormulaNode => {
    const sign = peek()?.text;
    if (sign !== '-' && sign !== '+') return primary();
    take();
    return sign === '-' ? { kind: 'unary', operand: unary() } : unary();
  };
  const primary = (): FormulaNode => {
    const token = take();
    if (token.type === 'number') return { kind: 'number', value: Number(token.text) };
    if (token.type === 'string') return { kind: 'string', value: token.text.slice(1, -1).replaceAll('""', '"') };
    if (token.type === 'ref') {
      if (peek()?.text !== ':') return { kind: 'ref', ref: parseRef(token.text) };
      take(':');
      return { kind: 'range', from: parseRef(token.text), to: parseRef(take().text) };
    }
    if (token.text === '(') {
      const inner = binary(0);
      take(')');
      return inner;
    }
    if (token.type !== 'name') throw new SyntaxError(`Unexpected ${token.text}`);
    if (peek()?.text !== '(') return { kind: 'name', name: token.text.toUpperCase() };
    take('(');
    const args: FormulaNode[] = [];
    while (peek()?.text !== ')') {
      if (args.length > 0) take(',');
      args.push(binary(0));
    }
    take(')');
    return { kind: 'call', name: token.text.toUpperCase(), args };
  };
  const root = binary(0);
  if (at < tokens.length) throw new SyntaxError(`Unexpected ${tokens[at]?.text}`);
  return root;
}

/**
 * The formula as it reads when copied `rows` down and `columns` right: relative references move,
 * `$`-anchored parts stay. This is what `setFormula` on a multi-cell range writes in each cell.
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  const body = formula.replace(/^=/, '');
  let tokens: Token[];
  try {
    tokens = rows === 0 && columns === 0 ? [] : tokenize(body);
  } catch {
    return formula; // not understood: copied as written (it evaluates to #ERROR! anyway)
  }
  let out = '';
  let copied = 0;
  for (const token of tokens) {
    if (token.type !== 'ref') continue;
    const ref = parseRef(token.text);
    const row = ref.rowAbsolute ? ref.row : ref.row + rows;
    const column = ref.columnAbsolute ? ref.column : ref.column + columns;
    const sheet = token.text.includes('!') ? token.text.slice(0, token.text.lastIndexOf('!') + 1) : '';
    const moved = row < 1 || column < 1 ? '#REF!' : `${sheet}${ref.columnAbsolute ? '$' : ''}${columnLetters(column)}${ref.rowAbsolute ? '$' : ''}${row}`;
    out += body.slice(copied, token.start) + moved;
    copied = token.start + token.text.length;
  }
  return tokens.length === 0 ? formula : `=${out}${body.slice(copied)}`;
}
