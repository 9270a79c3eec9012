/**
 * The leadership sheet as data, from the hand-worked district of test/shared/district-fixture.ts
 * (Q2: units a, b, c reported; d did not): table rows, the targets and "near from" rows, number
 * formats, and the chart blocks the native charts read.
 */
import { describe, expect, it } from 'vitest';
import { chartBlocks } from '../../addon/server/scorecard/chart-blocks.js';
import { scorecardSheetModel } from '../../addon/server/scorecard/table.js';
import { STATUS_COLORS, TARGET_COLOR, SERIES_COLORS } from '../../shared/charts/chart-style.js';
import { withCharts } from '../../shared/charts/charts.js';
import { computeScorecard } from '../../shared/engine/scorecard.js';
import { COMPUTED_AT, plan, reports } from '../shared/district-fixture.js';

const card = withCharts(computeScorecard({ plan, period: '2024-Q2', reports, computedAt: COMPUTED_AT }), 'vi');
const model = scorecardSheetModel(card, 'vi', plan.name, '30/06/2024 07:00');
const row = (n: number) => model.cells[n - 1]!;

describe('the table', () => {
  it('is the targets, the near-from values, the district, then the units in rank order', () => {
    expect(row(1)[0]).toBe('BẢNG ĐIỂM KPI MỘT CỬA — Huyện Thử 2024 — Quý 2/2024');
    expect(row(2)[0]).toBe('Tính lúc 30/06/2024 07:00 · 3/4 đơn vị đã báo cáo');
    // The fixture gives online_submission (column F) a 0.60 target and takes data_reuse's (column K) away.
    expect(row(4).slice(1, 11)).toEqual(['Mục tiêu', 1, 1, 1, 0.6, 0.45, 1, 1, 1, null]);
    expect(row(5).slice(2, 7).map((v) => (typeof v === 'number' ? Number(v.toFixed(6)) : v))).toEqual([0.9, 0.9, 0.9, 0.5, 0.35]);
    expect(row(6).slice(0, 3)).toEqual(['Chung', 'Toàn kế hoạch', null]);
    expect(card.units.map((u) => u.name)).toEqual(['Xã An Thanh', 'Phòng Tư pháp', 'Xã Bình Lãng', 'Xã Đại Sơn']);
    expect([7, 8, 9, 10].map((n) => row(n).slice(0, 2))).toEqual([[1, 'Xã An Thanh'], [2, 'Phòng Tư pháp'], [3, 'Xã Bình Lãng'], ['—', 'Xã Đại Sơn']]);
    expect(row(7)[2]).toBeCloseTo(card.units[0]!.score! / 100, 12);
    expect(row(10).slice(2, 16)).toEqual(Array(14).fill(null)); // d did not report
  });

  it('formats KPI cells as percentages and rank as a whole number', () => {
    expect(model.numberFormats[6]!.slice(0, 4)).toEqual(['0', '@', '0.0%', '0.0%']);
    expect(model.numberFormats[3]![19]).toBe('0.0%');
    expect([model.rows, model.columns]).toEqual([42, 27]); // the 766 block (V39:X42) ends lowest, the trend block (V35:AA37) furthest right
  });
});

describe('the chart blocks', () => {
  const blocks = chartBlocks(card.charts, 6);

  it('stack the five charts\' data from V6 down, one row of series names first', () => {
    expect(blocks.map((b) => [b.id, b.type, b.a1, b.anchorRow])).toEqual([
      ['district-kpis', 'BAR', 'V6:X23', 7], // 17 KPIs: rows 7–23
      ['unit-ranking', 'BAR', 'V25:W28', 28], // 3 ranked units
      ['completeness', 'PIE', 'V30:W33', 49], // on time, late, missing
      ['trend', 'LINE', 'V35:AA37', 70], // Q1, Q2; 5 headline KPIs
      ['index766', 'BAR', 'V39:X42', 91], // the 3 units with an estimate: points and ceiling
    ]);
    // Q2: a and b on time, c late (00:00:00 on the 18th), d missing.
    expect(blocks[2]!.values).toEqual([['', 'Tình hình gửi báo cáo'], ['Đúng hạn', 2], ['Trễ hạn', 1], ['Chưa báo cáo', 1]]);
  });

  it('keep the API\'s colours and scales', () => {
    expect(blocks[0]!.colors).toEqual([SERIES_COLORS[0], TARGET_COLOR]); // status-coloured bars, target marks
    expect(blocks[2]!.colors).toEqual([STATUS_COLORS.met, STATUS_COLORS.near, STATUS_COLORS.below]);
    expect(blocks.map((b) => [b.percentAxis, b.numberFormat, b.legend])).toEqual([
      ['hAxis', '0.0', true], ['hAxis', '0.0', false], [null, '0', true], ['vAxis', '0.0', true], [null, '0.0', true],
    ]);
  });
});
