/** Properties, Ui, HtmlService, Session, ScriptApp, LockService, Utilities and Logger. */
import vm from 'node:vm';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppsScriptFake, type AppsScriptFake } from './index.js';

let fake: AppsScriptFake;
beforeEach(() => {
  fake = createAppsScriptFake({ userEmail: 'reporter@daison.vn', locale: 'vi', uuid: () => 'uuid-1' });
});

describe('PropertiesService', () => {
  it('keeps separate stores and stores values as strings', () => {
    const { PropertiesService } = fake.globals;
    PropertiesService.getDocumentProperties().setProperty('period', '2024-Q1').setProperty('version', 3);
    PropertiesService.getUserProperties().setProperties({ lang: 'vi', count: 2 });
    expect(PropertiesService.getDocumentProperties().getProperties()).toEqual({ period: '2024-Q1', version: '3' });
    expect(PropertiesService.getUserProperties().getProperty('count')).toBe('2');
    expect(PropertiesService.getScriptProperties().getProperty('period')).toBeNull();
    expect(fake.properties.document.get('version')).toBe('3');
  });

  it('deletes one or all properties, and replaces all with deleteAllOthers', () => {
    const props = fake.globals.PropertiesService.getDocumentProperties();
    props.setProperties({ a: '1', b: '2', c: '3' }).deleteProperty('a');
    expect(props.getKeys()).toEqual(['b', 'c']);
    props.setProperties({ d: '4' }, true);
    expect(props.getProperties()).toEqual({ d: '4' });
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it('refuses a value over the 9 KB quota', () => {
    const props = fake.globals.PropertiesService.getUserProperties();
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    expect(() => props.setProperty('fits', 'x'.repeat(9 * 1024))).not.toThrow();
  });
});

describe('Ui', () => {
  it('records menus with their items and separators', () => {
    fake.globals.SpreadsheetApp.getUi().createAddonMenu().addItem('Mở bảng', 'showSidebar').addSeparator().addItem('Nộp', 'submit').addToUi();
    expect(fake.ui.menus).toEqual([
      { caption: '(add-on)', items: [{ caption: 'Mở bảng', functionName: 'showSidebar' }, { separator: true }, { caption: 'Nộp', functionName: 'submit' }] },
    ]);
  });

  it('answers alerts and prompts from the scripted queue', () => {
    const ui = fake.globals.SpreadsheetApp.getUi();
    fake.ui.queueAlertResponse('YES');
    fake.ui.queuePromptResponse('2024-Q2');
    expect(ui.alert('Nộp báo cáo?', 'Gửi ngay?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    const response = ui.prompt('Kỳ báo cáo', ui.ButtonSet.OK_CANCEL);
    expect([response.getSelectedButton(), response.getResponseText()]).toEqual(['OK', '2024-Q2']);
    expect(fake.ui.questions.map((q) => [q.kind, q.title, q.prompt])).toEqual([['alert', 'Nộp báo cáo?', 'Gửi ngay?'], ['prompt', '', 'Kỳ báo cáo']]);
  });

  it('answers a plain OK alert by itself, but no question without a scripted answer', () => {
    const ui = fake.globals.SpreadsheetApp.getUi();
    expect(ui.alert('Đã nộp')).toBe('OK');
    expect(() => ui.alert('Chắc chưa?', ui.ButtonSet.YES_NO)).toThrow('has no scripted answer');
  });

  it('records sidebars and toasts', () => {
    const { SpreadsheetApp, HtmlService } = fake.globals;
    SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>Xin chào</p>').setTitle('Báo cáo').setWidth(300));
    SpreadsheetApp.getActive().toast('Đã lưu', 'TTHC');
    expect(fake.ui.dialogs).toEqual([{ kind: 'sidebar', title: 'Báo cáo', content: '<p>Xin chào</p>', width: 300, height: 0 }]);
    expect(fake.ui.toasts).toEqual([{ message: 'Đã lưu', title: 'TTHC', timeoutSeconds: 5 }]);
  });
});

describe('HtmlService', () => {
  it('serves registered files and refuses unknown ones', () => {
    fake.addHtmlFile('Sidebar', '<div>panel</div>');
    expect(fake.globals.HtmlService.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<div>panel</div>');
    expect(() => fake.globals.HtmlService.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
  });

  it('evaluates template scriptlets in the add-in context, escaping <?= ?> but not <?!= ?>', () => {
    fake.addHtmlFile('Styles', '<style>b{}</style>');
    fake.addHtmlFile('Page', '<?!= include("Styles") ?><h1><?= title ?></h1><? for (var i = 0; i < 2; i++) { ?>*<? } ?>');
    const context = fake.createContext();
    vm.runInContext('function include(name) { return HtmlService.createHtmlOutputFromFile(name).getContent(); }', context);
    const template = fake.globals.HtmlService.createTemplateFromFile('Page');
    template.title = '<Tứ Kỳ>';
    expect(template.evaluate().getContent()).toBe('<style>b{}</style><h1>&lt;Tứ Kỳ&gt;</h1>**');
  });
});

describe('Session, ScriptApp, LockService', () => {
  it('reports the user, locale and time zone from the options (the identity token: script-app.test.ts)', () => {
    const { Session, ScriptApp } = fake.globals;
    expect([Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail()]).toEqual(['reporter@daison.vn', 'reporter@daison.vn']);
    expect([Session.getActiveUserLocale(), Session.getScriptTimeZone()]).toEqual(['vi', 'Asia/Ho_Chi_Minh']);
    expect(ScriptApp.AuthMode.FULL).toBe('FULL');
  });

  it('grants locks unless another execution holds them', () => {
    const lock = fake.globals.LockService.getDocumentLock();
    expect([lock.tryLock(1000), lock.hasLock()]).toEqual([true, true]);
    lock.releaseLock();
    fake.locks.elsewhere.add('script');
    const scriptLock = fake.globals.LockService.getScriptLock();
    expect(scriptLock.tryLock(1000)).toBe(false);
    expect(() => scriptLock.waitLock(1000)).toThrow('Lock timeout: another process was holding the lock for too long.');
  });
});

describe('Utilities and Logger', () => {
  it('formats dates in a time zone with Java patterns', () => {
    const instant = new Date('2024-03-17T16:59:59Z'); // 23:59:59 on 17 March in Hà Nội (UTC+7)
    expect(fake.globals.Utilities.formatDate(instant, 'Asia/Ho_Chi_Minh', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2024-03-17T23:59:59+07:00');
    expect(fake.globals.Utilities.formatDate(instant, 'UTC', 'd/M/yy HH:mm Z')).toBe('17/3/24 16:59 +0000');
  });

  it('gives the configured uuid, base64 and blobs', () => {
    const { Utilities } = fake.globals;
    expect(Utilities.getUuid()).toBe('uuid-1');
    expect(Utilities.base64Encode('Tứ Kỳ')).toBe(Buffer.from('Tứ Kỳ').toString('base64'));
    expect(Utilities.newBlob(Utilities.base64Decode(Utilities.base64Encode('Tứ Kỳ'))).getDataAsString()).toBe('Tứ Kỳ');
  });

  it('records sleeps instead of waiting, and logs instead of printing', () => {
    fake.globals.Utilities.sleep(2000);
    fake.globals.Logger.log('gửi %s lần', 2);
    fake.globals.console.warn('chậm');
    expect(fake.sleeps).toEqual([2000]);
    expect(fake.logs).toEqual([{ level: 'log', message: 'gửi 2 lần' }, { level: 'warn', message: 'chậm' }]);
  });
});
