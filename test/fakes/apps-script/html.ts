/**
 * `HtmlService`, `HtmlOutput` and templates. Project HTML files are registered by the test with
 * `fake.addHtmlFile(name, content)`. Templates support the three scriptlets — `<? code ?>`,
 * `<?= printed, HTML-escaped ?>` and `<?!= printed raw ?>` — and run them in the add-in's vm
 * context, so `<?!= include('Styles') ?>` calls the add-in's own `include`. What a page's
 * `google.script.run` may send and receive is script-run.ts.
 */
import vm from 'node:vm';
import { SandboxMode, XFrameOptionsMode } from './enums.js';
import type { FakeEnv } from './env.js';

interface HtmlOutputState {
  content: string;
  title: string;
  width: number;
  height: number;
  sandboxMode: string | null;
  xFrameOptionsMode: string | null;
}

export class HtmlOutput {
  private readonly state: HtmlOutputState;

  constructor(private readonly env: FakeEnv, content: string) {
    this.state = { content, title: '', width: 0, height: 0, sandboxMode: null, xFrameOptionsMode: null };
    return env.count(this, 'HtmlOutput');
  }

  getContent(): string { return this.state.content; }
  setContent(content: string): this { return this.change({ content }); }
  append(addedContent: string): this { return this.change({ content: this.state.content + addedContent }); }
  appendUntrusted(addedContent: string): this { return this.append(escapeHtml(addedContent)); }
  clear(): this { return this.change({ content: '' }); }
  getTitle(): string { return this.state.title; }
  setTitle(title: string): this { return this.change({ title }); }
  getWidth(): number { return this.state.width; }
  setWidth(width: number): this { return this.change({ width }); }
  getHeight(): number { return this.state.height; }
  setHeight(height: number): this { return this.change({ height }); }
  setSandboxMode(mode: string): this { return this.change({ sandboxMode: mode }); }
  setXFrameOptionsMode(mode: string): this { return this.change({ xFrameOptionsMode: mode }); }
  asTemplate(): HtmlTemplate { return createTemplate(this.env, this.state.content); }

  private change(update: Partial<HtmlOutputState>): this {
    Object.assign(this.state, update);
    return this;
  }
}

export function escapeHtml(text: string): string {
  const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  return text.replace(/[&<>"']/g, (char) => entities[char] ?? char);
}

/** Turns a template into the source of `function (vars)` that returns the page. */
function compileTemplate(raw: string): string {
  let body = '';
  let copied = 0;
  for (const match of raw.matchAll(/<\?(!=|=)?([\s\S]*?)\?>/g)) {
    body += `__out += ${JSON.stringify(raw.slice(copied, match.index))};\n`;
    const code = match[2] ?? '';
    if (match[1] === '=') body += `__out += __escape(${code});\n`;
    else if (match[1] === '!=') body += `__out += __print(${code});\n`;
    else body += `${code}\n`;
    copied = match.index + match[0].length;
  }
  body += `__out += ${JSON.stringify(raw.slice(copied))};\n`;
  return `(function (__escape, __print) { return function (__vars) { with (__vars) { var __out = '';\n${body}return __out; } }; })`;
}

const print = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

export interface HtmlTemplate {
  evaluate(): HtmlOutput;
  getCode(): string;
  getCodeWithComments(): string;
  getRawContent(): string;
  /** Variables the script assigns for the scriptlets, e.g. `template.period = '2024-Q1'`. */
  [variable: string]: unknown;
}

/** Methods are closures so that the object's own enumerable properties are the template's variables. */
export function createTemplate(env: FakeEnv, raw: string): HtmlTemplate {
  const template = {} as HtmlTemplate;
  const methods = {
    evaluate: () => {
      const context = vm.isContext(env.globals) ? env.globals : vm.createContext({ ...env.globals });
      const render = (vm.runInContext(compileTemplate(raw), context) as (...helpers: unknown[]) => (vars: object) => string)(
        (value: unknown) => escapeHtml(print(value)),
        print,
      );
      return new HtmlOutput(env, render({ ...template })); // the methods are not enumerable
    },
    getCode: () => compileTemplate(raw),
    getCodeWithComments: () => compileTemplate(raw),
    getRawContent: () => raw,
  };
  // Not enumerable (so not variables), configurable (so the billing proxy may wrap them).
  Object.defineProperties(template, Object.fromEntries(Object.entries(methods).map(([key, value]) => [key, { value, configurable: true }])));
  return env.count(template, 'HtmlTemplate');
}

export class HtmlService {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(private readonly env: FakeEnv, private readonly files: ReadonlyMap<string, string>) {
    return env.count(this, 'HtmlService');
  }

  createHtmlOutput(html = ''): HtmlOutput { return new HtmlOutput(this.env, html); }
  createHtmlOutputFromFile(filename: string): HtmlOutput { return new HtmlOutput(this.env, this.file(filename)); }
  createTemplate(html: string): HtmlTemplate { return createTemplate(this.env, html); }
  createTemplateFromFile(filename: string): HtmlTemplate { return createTemplate(this.env, this.file(filename)); }
  getUserAgent(): string { return 'Mozilla/5.0 (fake Apps Script)'; }

  private file(filename: string): string {
    const content = this.files.get(filename.replace(/\.html$/, ''));
    if (content === undefined) throw this.env.exception(`No HTML file named ${filename} was found.`);
    return content;
  }
}
