/** What every fake service shares: options, the call counter, and Apps Script-shaped errors. */
import vm from 'node:vm';
import { CallCounter, counted } from './call-counter.js';
import { FAKE_OAUTH_CLIENT_ID } from './identity-token.js';
import { UiRecords } from './ui.js';

export interface AppsScriptFakeOptions {
  /** The script's OAuth client id: the audience of `ScriptApp.getIdentityToken()`. Default FAKE_OAUTH_CLIENT_ID (identity-token.ts). */
  oauthClientId?: string;
  /** The manifest's `urlFetchWhitelist` (url-allowlist.ts); absent: no allow-list, as a test deployment may have. */
  urlFetchWhitelist?: string[] | null;
  /**
   * Origins the test serves itself, e.g. `{ 'https://api.example.test': 'http://127.0.0.1:8787' }`:
   * UrlFetchApp sends a request for the first to the second (the fake's stand-in for DNS and TLS).
   */
  network?: Record<string, string>;
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

/** What belongs to a person rather than to the spreadsheet. */
export type PersonOptions = Omit<AppsScriptFakeOptions, 'ownerEmail' | 'spreadsheetLocale' | 'timeZone' | 'spreadsheetName' | 'spreadsheetId' | 'sheetNames'>;

export function resolveOptions(options: AppsScriptFakeOptions): ResolvedOptions {
  const userEmail = options.userEmail ?? 'user@example.com';
  return {
    oauthClientId: options.oauthClientId ?? FAKE_OAUTH_CLIENT_ID,
    urlFetchWhitelist: options.urlFetchWhitelist ?? null,
    network: options.network ?? {},
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

/**
 * One person's session: the add-in run by `options.userEmail` in its own vm context, with its own
 * call counter and UI. Several seats can share one document (index.ts `openAs`).
 */
export interface Seat {
  readonly options: ResolvedOptions;
  readonly counter: CallCounter;
  readonly ui: UiRecords;
  /** The object handed to the vm as its global; set once by the index. */
  globals: object;
}

export function newSeat(options: ResolvedOptions): Seat {
  return { options, counter: new CallCounter(), ui: new UiRecords(), globals: {} };
}

/**
 * What every fake object of one document shares. The user, the call counter and the realm of
 * errors and dates are the acting seat's: the first seat's, or the seat whose call is running
 * (session-view.ts sets it for the other seats), so a script runs as its own user.
 */
export class FakeEnv {
  /** Every object `count` handed out: what session-view.ts wraps for the other seats. */
  readonly services = new WeakSet<object>();
  /** Everyone who opened the document: the people who can edit the file. */
  readonly seats: Seat[];
  private readonly acting: Seat[] = [];
  private lastId = 0;

  constructor(readonly opener: Seat) {
    this.seats = [opener];
  }

  get seat(): Seat { return this.acting.at(-1) ?? this.opener; }
  get options(): ResolvedOptions { return this.seat.options; }
  get counter(): CallCounter { return this.seat.counter; }
  get globals(): object { return this.seat.globals; }

  /** Runs `work` as `seat`: its user, its counter, its realm. */
  actAs<T>(seat: Seat, work: () => T): T {
    this.acting.push(seat);
    try {
      return work();
    } finally {
      this.acting.pop();
    }
  }

  /** Ids for sheets and charts, unique within the fake. */
  newId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  /** Wraps a service object so its method calls are billed as `<apiType>.<method>`. */
  count<T extends object>(target: T, apiType: string): T {
    const service = counted(target, apiType, { bill: (method, work) => this.counter.bill(method, work) });
    this.services.add(service);
    return service;
  }

  /**
   * An error like the ones Apps Script services throw: `name` 'Exception', `String(e)` is
   * 'Exception: <message>'. Once the globals are a vm context it is that context's `Error`, so
   * `e instanceof Error` holds inside the add-in.
   */
  exception(message: string): Error {
    const error = new (this.realm<ErrorConstructor>('Error'))(message);
    error.name = 'Exception';
    return error;
  }

  /** A Date of the acting seat's realm, so `value instanceof Date` holds inside the add-in. */
  date(time: number): Date {
    return new (this.realm<DateConstructor>('Date'))(time);
  }

  private realm<T>(name: 'Error' | 'Date'): T {
    return (vm.isContext(this.globals) ? vm.runInContext(name, this.globals) : globalThis[name]) as T;
  }
}
