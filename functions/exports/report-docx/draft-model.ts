/**
 * The draft's input and its plain blocks: what report-outline.ts writes and render-docx.ts lays
 * out, so that neither knows the other's insides.
 */
import type { Period } from '../../../shared/calendar.js';
import type { KpiResult, ScorecardFigures } from '../../../shared/engine/scorecard-model.js';
import type { Plan } from '../../../shared/plans/plan.js';
import type { ReportData } from '../../../shared/report/schema.js';
import type { Lang } from '../../../shared/words/messages.js';

export interface ReportDraftInput {
  plan: Pick<Plan, 'name' | 'timezone' | 'tasks'>;
  period: Period;
  /** The scope's figures, in the shape of the whole plan's: the plan's, a group's or one unit's. */
  figures: ScorecardFigures;
  /** The group's or unit's name when the draft is about one of them; null for the whole plan. */
  scopeName: string | null;
  /** The scope's KPIs of the same period a year before; null when that year's figures are not available. */
  lastYear: readonly KpiResult[] | null;
  /** The `tasks` block of each unit in scope that reported (its period's last report). */
  unitTasks: readonly ReportData['tasks'][];
  /** When the draft is made: its month and year go on the date line. */
  now: Date;
  lang: Lang;
}

export interface Line {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Smaller type, as the list of recipients is set. */
  small?: boolean;
}

export type Block =
  /** Two borderless columns side by side, lines centred unless `leftAligned`: the masthead and the signature. */
  | { kind: 'columns'; leftShare: number; left: Line[]; right: Line[]; leftAligned?: boolean }
  | { kind: 'title'; lines: Line[] }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; italic?: boolean }
  | { kind: 'table'; columns: TableColumn[]; rows: string[][] };

export interface TableColumn {
  title: string;
  /** Share of the text width, the shares of a table adding up to 1. */
  share: number;
  numeric?: boolean;
}
