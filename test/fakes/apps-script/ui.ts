/**
 * `SpreadsheetApp.getUi()`: menus, alerts, prompts, sidebars and dialogs. Nothing is shown;
 * everything is recorded in `UiRecords` (the fake's `ui`), and the user's answers to alerts and
 * prompts are scripted in advance with `queueAlertResponse` / `queuePromptResponse`.
 * An alert with only an OK button answers OK by itself; any other question with no scripted
 * answer fails the test, since a real one would wait for the user.
 */
import { Button, ButtonSet, type ButtonName, type ButtonSetName } from './enums.js';
import type { FakeEnv } from './env.js';
import type { HtmlOutput } from './html.js';

export type MenuItem = { caption: string; functionName: string } | { separator: true } | { subMenu: MenuRecord };
export interface MenuRecord { caption: string; items: MenuItem[] }
export interface QuestionRecord { kind: 'alert' | 'prompt'; title: string; prompt: string; buttons: ButtonSetName; answer: ButtonName; text?: string }
export interface DialogRecord { kind: 'sidebar' | 'modal' | 'modeless'; title: string; content: string; width: number; height: number }
export interface ToastRecord { message: string; title: string; timeoutSeconds: number | null }

const ALLOWED: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK', 'CLOSE'],
  OK_CANCEL: ['OK', 'CANCEL', 'CLOSE'],
  YES_NO: ['YES', 'NO', 'CLOSE'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL', 'CLOSE'],
};

/** What the add-in showed, and the scripted answers of the user. Host-side: not billed. */
export class UiRecords {
  readonly menus: MenuRecord[] = [];
  readonly questions: QuestionRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  readonly toasts: ToastRecord[] = [];
  private answers: { button: ButtonName; text: string }[] = [];

  clear(): void {
    for (const list of [this.menus, this.questions, this.dialogs, this.toasts]) list.length = 0;
    this.answers = [];
  }

  queueAlertResponse(button: ButtonName): void {
    this.answers.push({ button, text: '' });
  }

  queuePromptResponse(text: string, button: ButtonName = 'OK'): void {
    this.answers.push({ button, text });
  }

  /** The next scripted answer for a question with these buttons. */
  answer(kind: 'alert' | 'prompt', title: string, prompt: string, buttons: ButtonSetName): QuestionRecord {
    const next = this.answers.shift() ?? (kind === 'alert' && buttons === 'OK' ? { button: 'OK' as const, text: '' } : undefined);
    if (!next) throw new Error(`fake: Ui.${kind}("${prompt}") has no scripted answer; call fake.ui.queue…Response first`);
    if (!ALLOWED[buttons].includes(next.button)) throw new Error(`fake: ${next.button} is not a button of ${buttons}`);
    const record = { kind, title, prompt, buttons, answer: next.button, ...(kind === 'prompt' ? { text: next.text } : {}) };
    this.questions.push(record);
    return record;
  }
}

/** (prompt) | (prompt, buttons) | (title, prompt, buttons) */
function questionArgs(args: unknown[], defaultButtons: ButtonSetName): [string, string, ButtonSetName] {
  if (args.length >= 3) return [String(args[0]), String(args[1]), args[2] as ButtonSetName];
  return ['', String(args[0] ?? ''), (args[1] as ButtonSetName | undefined) ?? defaultButtons];
}

export class PromptResponse {
  constructor(private readonly record: QuestionRecord, env: FakeEnv) {
    return env.count(this, 'PromptResponse');
  }

  getResponseText(): string { return this.record.text ?? ''; }
  getSelectedButton(): ButtonName { return this.record.answer; }
}

export class Menu {
  readonly record: MenuRecord;

  constructor(caption: string, private readonly records: UiRecords, env: FakeEnv) {
    this.record = { caption, items: [] };
    return env.count(this, 'Menu');
  }

  addItem(caption: string, functionName: string): this { return this.add({ caption, functionName }); }
  addSeparator(): this { return this.add({ separator: true }); }
  addSubMenu(menu: Menu): this { return this.add({ subMenu: menu.record }); }
  addToUi(): void { this.records.menus.push(this.record); }

  private add(item: MenuItem): this {
    this.record.items.push(item);
    return this;
  }
}

export class Ui {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly env: FakeEnv, private readonly records: UiRecords) {
    return env.count(this, 'Ui');
  }

  alert(...args: unknown[]): ButtonName {
    return this.records.answer('alert', ...questionArgs(args, 'OK')).answer;
  }

  prompt(...args: unknown[]): PromptResponse {
    return new PromptResponse(this.records.answer('prompt', ...questionArgs(args, 'OK')), this.env);
  }

  createMenu(caption: string): Menu { return new Menu(caption, this.records, this.env); }
  /** Add-on menus appear under Extensions with the add-on's name; the fake captions them '(add-on)'. */
  createAddonMenu(): Menu { return new Menu('(add-on)', this.records, this.env); }
  showSidebar(userInterface: HtmlOutput): void { this.show('sidebar', userInterface, userInterface.getTitle()); }
  showModalDialog(userInterface: HtmlOutput, title: string): void { this.show('modal', userInterface, title); }
  showModelessDialog(userInterface: HtmlOutput, title: string): void { this.show('modeless', userInterface, title); }

  private show(kind: DialogRecord['kind'], html: HtmlOutput, title: string): void {
    this.records.dialogs.push({ kind, title, content: html.getContent(), width: html.getWidth(), height: html.getHeight() });
  }
}
