/**
 * An in-memory Google Apps Script for running the add-in in Node:
 *
 *   const fake = createAppsScriptFake({ identityToken: () => token, userEmail: 'a@x.vn' });
 *   const context = fake.createContext();          // the fake's globals as a vm context
 *   vm.runInContext(addinSource, context);         // dist/addon/Code.js
 *   context.onOpen({ authMode: 'FULL' });
 *   fake.calls.total;                              // Apps Script calls made (call-counter.ts)
 *   const colleague = fake.openAs({ userEmail: 'b@x.vn' }); // the same spreadsheet, another person
 *
 * `globals` holds SpreadsheetApp, PropertiesService, UrlFetchApp, ScriptApp, HtmlService,
 * Session, LockService, Utilities, Logger, Charts and console. CardService is not provided
 * (the add-in is an Editor add-on with HTML UI). Everything else on the fake is for the test
 * and is not billed. UrlFetchApp blocks this thread while it waits, like Apps Script: the HTTP
 * server it calls must run in another thread or process (see sync-http.ts).
 */
import vm from 'node:vm';
import { createCharts } from './charts.js';
import { FakeEnv, newSeat, resolveOptions, type AppsScriptFakeOptions, type PersonOptions, type Seat } from './env.js';
import { HtmlService } from './html.js';
import { HttpRecords } from './http-records.js';
import { LockBoard, LockService } from './lock.js';
import { Logger, createConsole, type LogEntry } from './logger.js';
import { PropertiesService } from './properties.js';
import type { Range } from './range.js';
import { renderedFormats, type RenderedFormat } from './rendered-format.js';
import { ScriptApp } from './script-app.js';
import { sessionView } from './session-view.js';
import { Session } from './session.js';
import { SpreadsheetApp } from './spreadsheet-app.js';
import { Spreadsheet } from './spreadsheet.js';
import { SyncHttpClient } from './sync-http.js';
import { applyUserEdit, type EditResult } from './user-edit.js';
import { UrlFetchApp } from './url-fetch.js';
import { Utilities } from './utilities.js';

export type { AppsScriptFakeOptions, PersonOptions } from './env.js';
export type { EditResult } from './user-edit.js';
export type { RenderedFormat } from './rendered-format.js';

/** One person's session of a document; `openAs` opens the same document as someone else. */
export interface AppsScriptFake extends ReturnType<typeof openSession> {
  /**
   * Another person opens the same spreadsheet: their own session (globals, calls, UI, user
   * properties) over this document, its properties and the project's HTML files.
   */
  openAs(person: PersonOptions): AppsScriptFake;
}

/** What all sessions of one document share: the spreadsheet, its and the project's properties, the HTML files. */
interface SharedDocument {
  spreadsheet: Spreadsheet;
  readonly documentProperties: Map<string, string>;
  readonly scriptProperties: Map<string, string>;
  readonly htmlFiles: Map<string, string>;
}

/** A new spreadsheet, opened by `options.userEmail` (its owner unless `ownerEmail` says otherwise). */
export function createAppsScriptFake(options: AppsScriptFakeOptions = {}): AppsScriptFake {
  const seat = newSeat(resolveOptions(options));
  const env = new FakeEnv(seat);
  const document: SharedDocument = { spreadsheet: new Spreadsheet(env), documentProperties: new Map(), scriptProperties: new Map(), htmlFiles: new Map() };
  const open = (at: Seat, personOptions: AppsScriptFakeOptions): AppsScriptFake =>
    Object.assign(openSession(env, document, at), {
      openAs(person: PersonOptions) {
        const joined: AppsScriptFakeOptions = { ...personOptions, ...person, ownerEmail: env.opener.options.ownerEmail };
        const next = newSeat(resolveOptions(joined));
        env.seats.push(next);
        return open(next, joined);
      },
    });
  return open(seat, options);
}

function openSession(env: FakeEnv, document: SharedDocument, seat: Seat) {
  const { ui } = seat;
  const http = new HttpRecords();
  const properties = { document: document.documentProperties, script: document.scriptProperties, user: new Map<string, string>() };
  const locks = new LockBoard();
  const logs: LogEntry[] = [];
  const sleeps: number[] = [];
  const client = new SyncHttpClient();
  // The opener's objects are the document's own; anyone else sees them through views.
  const view = seat === env.opener ? <T>(service: T): T => service : sessionView(env, seat).wrap;

  const globals = {
    SpreadsheetApp: view(new SpreadsheetApp(env, () => document.spreadsheet, ui)),
    PropertiesService: view(new PropertiesService(env, properties)),
    UrlFetchApp: view(new UrlFetchApp(env, client, http)),
    ScriptApp: view(new ScriptApp(env)),
    HtmlService: view(new HtmlService(env, document.htmlFiles)),
    Session: view(new Session(env)),
    LockService: view(new LockService(env, locks)),
    Utilities: view(new Utilities(env, sleeps)),
    Logger: view(new Logger(env, logs)),
    Charts: view(createCharts(env)),
    console: createConsole(logs),
  };
  seat.globals = globals;
  /** Test-side work runs as this session's person and is not billed. */
  const asThisPerson = <T>(work: () => T): T => env.actAs(seat, () => seat.counter.uncounted(work));

  /** A range given as A1 notation ('Sheet!A1:B2', or on the active sheet) or as a Range. */
  const rangeOf = (range: Range | string): Range => (typeof range === 'string' ? document.spreadsheet.getRange(range) : range);

  return {
    globals,
    calls: seat.counter,
    /** The spreadsheet the add-in sees as active (a new one after `reset`). */
    get spreadsheet(): Spreadsheet {
      return document.spreadsheet;
    },
    ui,
    http,
    properties,
    locks,
    logs,
    sleeps,

    /** Makes `globals` a vm context (once) and returns it: run the add-in's code in it. */
    createContext(): vm.Context {
      return vm.isContext(globals) ? globals : vm.createContext(globals);
    },

    /** Registers an HTML file of the Apps Script project (name without '.html'). */
    addHtmlFile(name: string, content: string): void {
      document.htmlFiles.set(name.replace(/\.html$/, ''), content);
    },

    /** A person types `values` into `range`; see user-edit.ts for what Sheets refuses. */
    userEdit(range: Range | string, values: unknown[][], as: { email?: string } = {}): EditResult {
      return asThisPerson(() => applyUserEdit(env, rangeOf(range), values, as.email ?? seat.options.userEmail));
    },

    /** Colours and weights the cells show, conditional formatting applied. */
    renderedFormats(range: Range | string): RenderedFormat[][] {
      return asThisPerson(() => renderedFormats(rangeOf(range)));
    },

    /** Reads through the fake without billing, e.g. `fake.read(() => sheet.getRange('A1').getValue())`. */
    read<T>(work: () => T): T {
      return asThisPerson(work);
    },

    /** A fresh spreadsheet (for every session of it) and empty stores and records; HTML files and options stay. */
    reset(): void {
      document.spreadsheet = new Spreadsheet(env);
      for (const store of Object.values(properties)) store.clear();
      ui.clear();
      http.clear();
      locks.held.clear();
      locks.elsewhere.clear();
      logs.length = 0;
      sleeps.length = 0;
      seat.counter.reset();
    },

    /** Stops the HTTP worker thread. */
    dispose(): Promise<void> {
      return client.close();
    },
  };
}
