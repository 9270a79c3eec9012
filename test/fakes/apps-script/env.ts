/** What every fake service shares: options, the call counter, and Apps Script-shaped errors. */
import vm from 'node:vm';
import { CallCounter, counted } from './call-counter.js';

export interface AppsScriptFakeOptions {
  /** What `ScriptApp.getIdentityToken()` returns; called on every call. Default: ''. */
  identityToken?: () => string;
  /** The user running the add-in (`Session.getActiveUser()`). Default 'user@example.com'. */
  userEmail?: string;
  /** Owner of the spreadsheet: can always edit protected ranges. Default: `userEmail`. */
  ownerEmail?: string;
  /** `Session.getActiveUserLocale()`. Default 'vi'. */
  locale?: string;
  /** `Spreadsheet.getSpreadsheetLocale()`. Default 'vi_VN'. */
  spreadsheetLocale?: string;
  /** Script and spreadsheet time zone. Default 'Asia/Ho_Chi_Minh'. */
  timeZone?: string;
  spreadsheetName?: string;
  spreadsheetId?: string;
  /** Sheets a new spreadsheet starts with. Default ['Sheet1']. */
  sheetNames?: string[];
  /**
   * How long one UrlFetchApp call may take before it throws `Timeout`, in ms. Default 20 000
   * (real Apps Script allows longer; the default stays under vitest's test timeout because the
   * thread is blocked while waiting).
   */
  deadlineMs?: number;
  /** `Utilities.getUuid()`; default crypto.randomUUID. Pass one for reproducible tests. */
  uuid?: () => string;
}

export type ResolvedOptions = Required<AppsScriptFakeOptions>;

export function resolveOptions(options: AppsScriptFakeOptions): ResolvedOptions {
  const userEmail = options.userEmail ?? 'user@example.com';
  return {
    identityToken: options.identityToken ?? (() => ''),
    userEmail,
    ownerEmail: options.ownerEmail ?? userEmail,
    locale: options.locale ?? 'vi',
    spreadsheetLocale: options.spreadsheetLocale ?? 'vi_VN',
    timeZone: options.timeZone ?? 'Asia/Ho_Chi_Minh',
    spreadsheetName: options.spreadsheetName ?? 'Untitled spreadsheet',
    spreadsheetId: options.spreadsheetId ?? 'fake-spreadsheet-id',
    sheetNames: options.sheetNames ?? ['Sheet1'],
    deadlineMs: options.deadlineMs ?? 20_000,
    uuid: options.uuid ?? (() => crypto.randomUUID()),
  };
}

export class FakeEnv {
  readonly counter = new CallCounter();
  /** The object handed to the vm as its global; set once by the index. */
  globals: object = {};
  private lastId = 0;

  constructor(readonly options: ResolvedOptions) {}

  /** Ids for sheets and charts, unique within the fake. */
  newId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  /** Wraps a service object so its method calls are billed as `<apiType>.<method>`. */
  count<T extends object>(target: T, apiType: string): T {
    return counted(target, apiType, this.counter);
  }

  /**
   * An error like the ones Apps Script services throw: `name` 'Exception', `String(e)` is
   * 'Exception: <message>'. Once the globals are a vm context it is that context's `Error`, so
   * `e instanceof Error` holds inside the add-in.
   */
  exception(message: string): Error {
    const ErrorInRealm: ErrorConstructor = vm.isContext(this.globals)
      ? (vm.runInContext('Error', this.globals) as ErrorConstructor)
      : Error;
    const error = new ErrorInRealm(message);
    error.name = 'Exception';
    return error;
  }
}
