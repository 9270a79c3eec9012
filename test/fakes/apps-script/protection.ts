/**
 * `Range.protect()` / `Sheet.protect()`. As in Apps Script, a new protection mirrors the
 * spreadsheet's permissions (anyone who can edit the file can still edit the range) until the
 * script changes its editors; the spreadsheet owner can always edit. user-edit.ts enforces it.
 */
import { contains, type GridBox } from './a1.js';
import type { FakeEnv } from './env.js';
import type { Range } from './range.js';
import { createUser, type User } from './session.js';
import type { Sheet } from './sheet.js';

export interface ProtectionState {
  description: string;
  warningOnly: boolean;
  domainEdit: boolean;
  /** null until the script changes the editors: the file's permissions apply. */
  editors: Set<string> | null;
  unprotected: Range[];
  range: Range;
}

type UserOrEmail = string | { getEmail(): string };
const emailOf = (user: UserOrEmail): string => (typeof user === 'string' ? user : user.getEmail());

export class Protection {
  readonly state: ProtectionState;

  constructor(
    private readonly env: FakeEnv,
    readonly sheet: Sheet,
    readonly type: 'RANGE' | 'SHEET',
    range: Range,
  ) {
    this.state = { description: '', warningOnly: false, domainEdit: false, editors: null, unprotected: [], range };
    const counted = env.count(this, 'Protection');
    sheet.getParent().protections.push(counted);
    return counted;
  }

  getProtectionType(): 'RANGE' | 'SHEET' { return this.type; }
  getRange(): Range { return this.state.range; }
  getRangeName(): null { return null; }
  getDescription(): string { return this.state.description; }
  isWarningOnly(): boolean { return this.state.warningOnly; }
  canDomainEdit(): boolean { return this.state.domainEdit; }
  getUnprotectedRanges(): Range[] { return [...this.state.unprotected]; }

  setDescription(description: string): this { return this.change({ description }); }
  setWarningOnly(warningOnly: boolean): this { return this.change({ warningOnly }); }
  setDomainEdit(editable: boolean): this { return this.change({ domainEdit: editable }); }
  setRange(range: Range): this { return this.change({ range }); }

  setUnprotectedRanges(ranges: Range[]): this {
    if (this.type !== 'SHEET') throw this.env.exception('Unprotected ranges can only be set on a sheet protection.');
    return this.change({ unprotected: [...ranges] });
  }

  getEditors(): User[] {
    return [...this.editorEmails()].map((email) => createUser(this.env, email));
  }

  canEdit(): boolean {
    return this.editorEmails().has(this.env.options.userEmail);
  }

  addEditor(user: UserOrEmail): this { return this.addEditors([emailOf(user)]); }
  removeEditor(user: UserOrEmail): this { return this.removeEditors([user]); }

  addEditors(emailAddresses: string[]): this {
    const editors = this.editorEmails();
    for (const email of emailAddresses) editors.add(email);
    return this.change({ editors });
  }

  /** The owner stays an editor whatever the script asks. */
  removeEditors(users: UserOrEmail[]): this {
    const editors = this.editorEmails();
    for (const user of users) if (emailOf(user) !== this.env.options.ownerEmail) editors.delete(emailOf(user));
    return this.change({ editors });
  }

  remove(): void {
    const all = this.sheet.getParent().protections;
    all.splice(all.indexOf(this), 1);
  }

  /** Who may edit now: the explicit list plus the owner, or the file's editors while it mirrors them. */
  private editorEmails(): Set<string> {
    const { ownerEmail, userEmail } = this.env.options;
    return new Set([ownerEmail, ...(this.state.editors ?? [userEmail])]);
  }

  private change(update: Partial<ProtectionState>): this {
    Object.assign(this.state, update);
    return this;
  }
}

/** Whether the protection covers the cell at (row, column) (unprotected ranges excepted). */
export function covers(protection: Protection, row: number, column: number): boolean {
  const { state } = protection;
  const cell: GridBox = { row, column, numRows: 1, numColumns: 1 };
  return contains(state.range.box, cell) && !state.unprotected.some((range) => contains(range.box, cell));
}

/**
 * Whether the protection stops `email` from editing the cell. A warning-only protection stops
 * nobody (everyone gets a warning); one that still mirrors the file's permissions stops nobody.
 */
export function blocksUser(protection: Protection, email: string, row: number, column: number): boolean {
  const { state } = protection;
  if (state.warningOnly || state.editors === null || state.editors.has(email)) return false; // the owner is always listed
  return covers(protection, row, column);
}
