/**
 * The one palette of the product. Every chart, the scorecard page and the add-in's traffic-light
 * sheet colour a status from here, so "amber" means the same thing everywhere.
 */
import { kpiStatus } from '../engine/kpi-values.js';
import type { KpiStatus } from '../engine/scorecard-model.js';

export const STATUS_COLORS: Readonly<Record<KpiStatus, string>> = {
  met: '#2e7d32', // green
  near: '#f9a825', // amber
  below: '#c62828', // red
  info: '#546e7a', // blue-grey: a value without a target is neither good nor bad
  'no-data': '#cfd8dc', // light grey
};

/** Target markers and lines: dark, so they read against every status colour. */
export const TARGET_COLOR = '#263238';

/** Lines of the trend chart, one per KPI: distinct from each other, not read as statuses. */
export const SERIES_COLORS: readonly string[] = ['#1565c0', '#6a1b9a', '#00838f', '#ef6c00', '#4e342e', '#ad1457'];

export function statusColor(status: KpiStatus): string {
  return STATUS_COLORS[status];
}

/** A unit's score is coloured like a KPI whose target is 100: 100 met, from 90 near, else below. */
export function scoreStatus(score: number | null): KpiStatus {
  return kpiStatus(score === null ? null : score / 100, 1);
}
