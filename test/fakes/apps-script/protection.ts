/**
 * `Range.protect()` / `Sheet.protect()`, modelled on
 * https://developers.google.com/apps-script/reference/spreadsheet/protection and
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect():
 * - a new protection mirrors the spreadsheet's permissions (everyone who can edit the file, i.e.
 *   everyone who opened it in the fake, can still edit) until the script changes its editors;
 * - the spreadsheet owner can always edit; "neither the owner of the spreadsheet nor the current
 *   user can be removed" from the editors;
 * - a warning-only protection stops nobody;
 * - a script runs as its user, so protection applies to its writes as to typing (user-edit.ts),
 *   and only someone who may edit a protection can change or remove it (protection-rules.ts).
 */
import type { FakeEnv } from './env.js';
import { editorsOf, mayEdit, PROTECTED_MESSAGE } from './protection-rules.js';
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
    return [...editorsOf(this, this.env)].map((email) => createUser(this.env, email));
  }

  /** Whether the user running the script may edit the protected cells. */
  canEdit(): boolean {
    return mayEdit(this, this.env.options.userEmail, this.env);
  }

  addEditor(user: UserOrEmail): this { return this.addEditors([emailOf(user)]); }
  removeEditor(user: UserOrEmail): this { return this.removeEditors([user]); }

  addEditors(emailAddresses: string[]): this {
    return this.change({ editors: new Set([...editorsOf(this, this.env), ...emailAddresses]) });
  }

  removeEditors(users: UserOrEmail[]): this {
    const kept = new Set([this.env.options.ownerEmail, this.env.options.userEmail]);
    const editors = editorsOf(this, this.env);
    for (const email of users.map(emailOf)) if (!kept.has(email)) editors.delete(email);
    return this.change({ editors });
  }

  remove(): void {
    this.refuseUnlessEditor();
    const all = this.sheet.getParent().protections;
    all.splice(all.indexOf(this), 1);
  }

  private change(update: Partial<ProtectionState>): this {
    this.refuseUnlessEditor();
    Object.assign(this.state, update);
    return this;
  }

  private refuseUnlessEditor(): void {
    if (!this.canEdit()) throw this.env.exception(PROTECTED_MESSAGE);
  }
}
