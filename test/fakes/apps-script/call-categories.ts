/**
 * Which billed calls touch the document, and which only assemble objects in memory.
 *
 * A call is a *document call* when it reads or writes the spreadsheet (SpreadsheetApp,
 * Spreadsheet, Sheet, Range, RangeList, Protection), the properties, a lock, or the network
 * (UrlFetchApp, and ScriptApp's tokens). Builder factories (`newDataValidation`,
 * `newConditionalFormatRule`, `Sheet.newChart`, named `new…`) and `getUi` are not: they hand out
 * objects that exist only in the script. Builders and what they build (rules, validations,
 * charts from `build()`), chart snapshots from `getCharts` and their options, HTTP responses,
 * the Ui, HtmlService, Session, Utilities and Logger are not either: their work reaches the
 * document only through a document call that is counted (`insertChart`, `updateChart`,
 * `setConditionalFormatRules`, `setDataValidation`, `fetch`…).
 *
 * Budgets such as "a submit costs ≤ 10 calls" are stated in document calls: in Apps Script a
 * call into the spreadsheet or a fetch is what costs time and quota, while a builder setter is a
 * cheap call on an object already in the script. `CallCounter.total` still counts every call.
 */
const DOCUMENT_TYPES = new Set([
  'SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'RangeList', 'Protection',
  'PropertiesService', 'Properties', 'UrlFetchApp', 'LockService', 'Lock',
]);
const NETWORK_METHODS = new Set(['ScriptApp.getIdentityToken', 'ScriptApp.getOAuthToken']);

/** `name` is a billed call's name, `<ApiType>.<method>`. */
export function isDocumentCall(name: string): boolean {
  if (NETWORK_METHODS.has(name)) return true;
  const [type = '', method = ''] = name.split('.');
  return DOCUMENT_TYPES.has(type) && !method.startsWith('new') && method !== 'getUi';
}
