/// <reference types="google-apps-script" />
/**
 * A compile-time check (run by `tsc --noEmit`) that every public method of the fake exists, with
 * that name, on the real Apps Script class in @types/google-apps-script. A misspelt or invented
 * method fails the type check with its name in the message. (Signatures are not compared: the
 * fake's enums are strings where the typings use opaque enum types.)
 */
import type { Blob } from './blob.js';
import type { ChartOptions, ContainerInfo, EmbeddedChart, EmbeddedChartBuilder } from './charts.js';
import type { BooleanCondition, ConditionalFormatRule, ConditionalFormatRuleBuilder } from './conditional-format.js';
import type { DataValidationBuilder, DataValidationRule } from './data-validation.js';
import type { HtmlOutput, HtmlService } from './html.js';
import type { HTTPResponse } from './http-response.js';
import type { Lock, LockService } from './lock.js';
import type { Logger } from './logger.js';
import type { Properties, PropertiesService } from './properties.js';
import type { Protection } from './protection.js';
import type { RangeList } from './range-list.js';
import type { Range } from './range.js';
import type { ScriptApp } from './script-app.js';
import type { Session, User } from './session.js';
import type { Sheet } from './sheet.js';
import type { SpreadsheetApp } from './spreadsheet-app.js';
import type { Spreadsheet } from './spreadsheet.js';
import type { Menu, PromptResponse, Ui } from './ui.js';
import type { UrlFetchApp } from './url-fetch.js';
import type { Utilities } from './utilities.js';

import GAS = GoogleAppsScript;
type MethodNames<T> = { [K in keyof T]-?: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T];
/** Method names of `Fake` that `Real` does not have; must be `never`. */
type Invented<Fake, RealKeys> = Exclude<MethodNames<Fake>, RealKeys>;
type None<T extends never> = T;

type RealChartBuilderKeys =
  | keyof GAS.Spreadsheet.EmbeddedChartBuilder
  | keyof GAS.Spreadsheet.EmbeddedAreaChartBuilder
  | keyof GAS.Spreadsheet.EmbeddedBarChartBuilder
  | keyof GAS.Spreadsheet.EmbeddedColumnChartBuilder
  | keyof GAS.Spreadsheet.EmbeddedLineChartBuilder
  | keyof GAS.Spreadsheet.EmbeddedPieChartBuilder;

export type ApiConformance = [
  None<Invented<SpreadsheetApp, keyof GAS.Spreadsheet.SpreadsheetApp>>,
  None<Invented<Spreadsheet, keyof GAS.Spreadsheet.Spreadsheet>>,
  None<Invented<Sheet, keyof GAS.Spreadsheet.Sheet>>,
  None<Invented<Range, keyof GAS.Spreadsheet.Range>>,
  None<Invented<RangeList, keyof GAS.Spreadsheet.RangeList>>,
  None<Invented<DataValidationBuilder, keyof GAS.Spreadsheet.DataValidationBuilder>>,
  None<Invented<DataValidationRule, keyof GAS.Spreadsheet.DataValidation>>,
  None<Invented<ConditionalFormatRuleBuilder, keyof GAS.Spreadsheet.ConditionalFormatRuleBuilder>>,
  None<Invented<ConditionalFormatRule, keyof GAS.Spreadsheet.ConditionalFormatRule>>,
  None<Invented<BooleanCondition, keyof GAS.Spreadsheet.BooleanCondition>>,
  None<Invented<Protection, keyof GAS.Spreadsheet.Protection>>,
  None<Invented<EmbeddedChartBuilder, RealChartBuilderKeys>>,
  None<Invented<EmbeddedChart, keyof GAS.Spreadsheet.EmbeddedChart>>,
  None<Invented<ContainerInfo, keyof GAS.Spreadsheet.ContainerInfo>>,
  None<Invented<ChartOptions, keyof GAS.Charts.ChartOptions>>,
  None<Invented<Ui, keyof GAS.Base.Ui>>,
  None<Invented<Menu, keyof GAS.Base.Menu>>,
  None<Invented<PromptResponse, keyof GAS.Base.PromptResponse>>,
  None<Invented<HtmlService, keyof GAS.HTML.HtmlService>>,
  None<Invented<HtmlOutput, keyof GAS.HTML.HtmlOutput>>,
  None<Invented<PropertiesService, keyof GAS.Properties.PropertiesService>>,
  None<Invented<Properties, keyof GAS.Properties.Properties>>,
  None<Invented<UrlFetchApp, keyof GAS.URL_Fetch.UrlFetchApp>>,
  None<Invented<HTTPResponse, keyof GAS.URL_Fetch.HTTPResponse>>,
  None<Invented<ScriptApp, keyof GAS.Script.ScriptApp>>,
  None<Invented<Session, keyof GAS.Base.Session>>,
  None<Invented<User, keyof GAS.Base.User>>,
  None<Invented<LockService, keyof GAS.Lock.LockService>>,
  None<Invented<Lock, keyof GAS.Lock.Lock>>,
  None<Invented<Utilities, keyof GAS.Utilities.Utilities>>,
  None<Invented<Blob, keyof GAS.Base.Blob>>,
  None<Invented<Logger, keyof GAS.Base.Logger>>,
];
