/**
 * An in-memory Google Apps Script for running the add-in in Node:
 *
 *   const fake = createAppsScriptFake({ identityToken: () => token, userEmail: 'a@x.vn' });
 *   const context = fake.createContext();          // the fake's globals as a vm context
 *   vm.runInContext(addinSource, context);         // dist/addon/Code.js
 *   context.onOpen({ authMode: 'FULL' });
 *   fake.calls.total;                              // Apps Script calls made (call-counter.ts)
 *
 * `globals` holds SpreadsheetApp, PropertiesService, UrlFetchApp, ScriptApp, HtmlService,
 * Session, LockService, Utilities, Logger, Charts and console. CardService is not provided
 * (the add-in is an Editor add-on with HTML UI). Everything else on the fake is for the test
 * and is not billed. UrlFetchApp blocks this thread while it waits, like Apps Script: the HTTP
 * server it calls must run in another thread or process (see sync-http.ts).
 */
import vm from 'node:vm';
import { createCharts } from './charts.js';
import { FakeEnv, resolveOptions, type AppsScriptFakeOptions } from './env.js';
import { HtmlService } from './html.js';
import { HttpRecords } from './http-records.js';
import { LockBoard, LockService } from './lock.js';
import { Logger, createConsole, type LogEntry } from './logger.js';
import { PropertiesService, emptyPropertyStores } from './properties.js';
import type { Range } from './range.js';
import { renderedFormats, type RenderedFormat } from './rendered-format.js';
import { ScriptApp } from './script-app.js';
import { Session } from './session.js';
import { SpreadsheetApp } from './spreadsheet-app.js';
import { Spreadsheet } from './spreadsheet.js';
import { SyncHttpClient } from './sync-http.js';
import { UiRecords } from './ui.js';
import { applyUserEdit, type EditResult } from './user-edit.js';
import { UrlFetchApp } from './url-fetch.js';
import { Utilities } from './utilities.js';

export type { AppsScriptFakeOptions } from './env.js';
export type { EditResult } from './user-edit.js';
export type { RenderedFormat } from './rendered-format.js';

export type AppsScriptFake = ReturnType<typeof createAppsScriptFake>;

export function createAppsScriptFake(options: AppsScriptFakeOptions = {}) {
  const env = new FakeEnv(resolveOptions(options));
  const ui = new UiRecords();
  const http = new HttpRecords();
  const properties = emptyPropertyStores();
  const locks = new LockBoard();
  const logs: LogEntry[] = [];
  const sleeps: number[] = [];
  const htmlFiles = new Map<string, string>();
  const client = new SyncHttpClient();
  let spreadsheet = new Spreadsheet(env, ui);

  const globals = {
    SpreadsheetApp: new SpreadsheetApp(env, () => spreadsheet, ui),
    PropertiesService: new PropertiesService(env, properties),
    UrlFetchApp: new UrlFetchApp(env, client, http),
    ScriptApp: new ScriptApp(env),
    HtmlService: new HtmlService(env, htmlFiles),
    Session: new Session(env),
    LockService: new LockService(env, locks),
    Utilities: new Utilities(env, sleeps),
    Logger: new Logger(env, logs),
    Charts: createCharts(env),
    console: createConsole(logs),
  };
  env.globals = globals;

  /** A range given as A1 notation ('Sheet!A1:B2', or on the active sheet) or as a Range. */
  const rangeOf = (range: Range | string): Range => (typeof range === 'string' ? spreadsheet.getRange(range) : range);

  return {
    globals,
    calls: env.counter,
    /** The spreadsheet the add-in sees as active (a new one after `reset`). */
    get spreadsheet(): Spreadsheet {
      return spreadsheet;
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
      htmlFiles.set(name.replace(/\.html$/, ''), content);
    },

    /** A person types `values` into `range`; see user-edit.ts for what Sheets refuses. */
    userEdit(range: Range | string, values: unknown[][], as: { email?: string } = {}): EditResult {
      return env.counter.uncounted(() => applyUserEdit(rangeOf(range), values, as.email ?? env.options.userEmail));
    },

    /** Colours and weights the cells show, conditional formatting applied. */
    renderedFormats(range: Range | string): RenderedFormat[][] {
      return env.counter.uncounted(() => renderedFormats(rangeOf(range)));
    },

    /** Reads through the fake without billing, e.g. `fake.read(() => sheet.getRange('A1').getValue())`. */
    read<T>(work: () => T): T {
      return env.counter.uncounted(work);
    },

    /** A fresh spreadsheet and empty stores and records; HTML files and options stay. */
    reset(): void {
      spreadsheet = new Spreadsheet(env, ui);
      for (const store of Object.values(properties)) store.clear();
      ui.clear();
      http.clear();
      locks.held.clear();
      locks.elsewhere.clear();
      logs.length = 0;
      sleeps.length = 0;
      env.counter.reset();
    },

    /** Stops the HTTP worker thread. */
    dispose(): Promise<void> {
      return client.close();
    },
  };
}
