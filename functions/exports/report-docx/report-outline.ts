/**
 * The narrative report draft as plain blocks (issue 13): every figure from the scorecard figures
 * of the scope (the whole plan, one group or one unit: use-cases/exports.ts), every word from
 * report-words.ts. No docx here: render-docx.ts lays the blocks out, so this stays testable and
 * light.
 */
import { localDate } from '../../../shared/calendar.js';
import type { Block, ReportDraftInput } from './draft-model.js';
import { kpiSection } from './kpi-lines.js';
import { dayMonthYear, periodInTitle, REPORT_WORDS, type ReportWords } from './report-words.js';
import { taskSection } from './task-progress.js';
import { belowTargetSection, reportsSection } from './unit-sections.js';

export function reportOutline(input: ReportDraftInput): Block[] {
  const { lang } = input;
  const w = REPORT_WORDS[lang];
  return [
    ...masthead(input, w),
    { kind: 'heading', text: w.situation },
    ...kpiSection(input, w),
    { kind: 'heading', text: w.belowTarget },
    ...belowTargetSection(input.figures, w, lang),
    { kind: 'heading', text: w.reportsHeading },
    ...reportsSection(input.figures, w, lang),
    { kind: 'heading', text: w.tasksHeading },
    ...taskSection(input.plan.tasks, input.unitTasks, w, lang),
    { kind: 'heading', text: w.assessmentHeading },
    ...w.assessmentParts.flatMap((part): Block[] => [
      { kind: 'paragraph', text: part },
      { kind: 'paragraph', text: w.placeholder },
      { kind: 'paragraph', text: w.placeholder },
    ]),
    { kind: 'paragraph', text: '' },
    signature(w),
  ];
}

function masthead({ plan, period, scopeName, now, lang }: ReportDraftInput, w: ReportWords): Block[] {
  const [year, month] = localDate(now, plan.timezone).split('-').map(Number) as [number, number];
  return [
    {
      kind: 'columns',
      leftShare: 0.4,
      left: [{ text: w.issuer, bold: true }, { text: w.number }],
      right: [{ text: w.nation, bold: true }, { text: w.motto, bold: true }, { text: w.placeAndDate(month, year), italic: true }],
    },
    {
      kind: 'title',
      lines: [
        { text: w.title, bold: true },
        { text: w.subtitle(periodInTitle(period.kind, period.year, lang)), bold: true },
        ...(scopeName === null ? [] : [{ text: w.scope(scopeName), bold: true }]),
        { text: w.window(dayMonthYear(period.from), dayMonthYear(period.to)), italic: true },
      ],
    },
    { kind: 'paragraph', text: w.opening(plan.name) },
  ];
}

function signature(w: ReportWords): Block {
  return {
    kind: 'columns',
    leftShare: 0.5,
    leftAligned: true,
    left: [{ text: w.recipientsHeading, bold: true, italic: true }, ...w.recipients.map((text) => ({ text, small: true }))],
    // Blank lines leave room for the signature and seal above the signer's name.
    right: [
      { text: w.signatureFor, bold: true },
      { text: w.signatureRole, bold: true },
      { text: w.signatureHint, italic: true },
      ...Array.from({ length: 4 }, () => ({ text: '' })),
      { text: w.signerName, bold: true },
    ],
  };
}
