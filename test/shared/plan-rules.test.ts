/**
 * The whole-plan rules of the two-tier model (DESIGN §10, issue 12): official codes, groups and
 * lineage with shares, each problem at its path, on small plans written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../shared/plans/plan.js';
import { formatMessage, MESSAGE_CODES, type MessageCode } from '../../shared/words/messages.js';
import { expectProblems, problemsOf } from './helpers/problems.js';

/**
 * A commune-level plan of 2025 that takes over three old communes (indexes 0–2) from the start of
 * the Q3 window (15 June): xa-a joins xa-x whole; xa-b splits 0.6 to xa-x and 0.4 to phuong-y;
 * xa-c joins phuong-y whole. Plus a special zone and a department.
 */
function twoTierPlan(): any {
  return {
    id: 'thu-2025',
    name: 'Kế hoạch thử 2025',
    year: 2025,
    groups: [
      { id: 'tu-ky-cu', name: 'Khu vực huyện Tứ Kỳ cũ' },
      { id: 'khoi-so', name: 'Khối sở, ngành' },
    ],
    units: [
      { id: 'xa-a', name: 'Xã A', kind: 'commune', validTo: '2025-06-14', mergedInto: 'xa-x' },
      { id: 'xa-b', name: 'Xã B', kind: 'commune', validTo: '2025-06-14' },
      { id: 'xa-c', name: 'Xã C', kind: 'commune', validTo: '2025-06-14', mergedInto: 'phuong-y' },
      {
        id: 'xa-x', name: 'Xã X', kind: 'commune', code: '11401', groups: ['tu-ky-cu'], validFrom: '2025-06-15',
        predecessors: [{ id: 'xa-a' }, { id: 'xa-b', share: 0.6 }],
      },
      {
        id: 'phuong-y', name: 'Phường Y', kind: 'ward', code: '11402', groups: ['tu-ky-cu'], validFrom: '2025-06-15',
        predecessors: [{ id: 'xa-b', share: 0.4 }, { id: 'xa-c' }],
      },
      { id: 'dac-khu-z', name: 'Đặc khu Z', kind: 'special-zone', code: '11403' },
      { id: 'so-noi-vu', name: 'Sở Nội vụ', kind: 'agency', groups: ['khoi-so', 'tu-ky-cu'] },
    ],
    fields: [{ id: 'ho-tich', name: 'Hộ tịch' }],
  };
}

function rulesOf(breakIt: (plan: any) => void) {
  const plan = twoTierPlan();
  breakIt(plan);
  return problemsOf(parsePlan(plan));
}

describe('two-tier plan rules', () => {
  it('accepts wards, a special zone, codes, groups and a split of 0.6 + 0.4; a share defaults to 1', () => {
    const parsed = parsePlan(twoTierPlan());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.value.units[3]!.predecessors).toEqual([{ id: 'xa-a', share: 1 }, { id: 'xa-b', share: 0.6 }]);
    expect(parsed.value.units.map((u) => u.kind)).toEqual(['commune', 'commune', 'commune', 'commune', 'ward', 'special-zone', 'agency']);
  });

  it('takes shares as a whole within 1e-9: 0.2 + 0.4 + 0.3 + 0.1 is 1.0000000000000002 in floating point', () => {
    const plan = twoTierPlan();
    plan.units[3].predecessors[1].share = 0.2;
    plan.units[4].predecessors[0].share = 0.4;
    plan.units.push(
      { id: 'xa-w', name: 'Xã W', kind: 'commune', validFrom: '2025-06-15', predecessors: [{ id: 'xa-b', share: 0.3 }] },
      { id: 'xa-v', name: 'Xã V', kind: 'commune', validFrom: '2025-06-15', predecessors: [{ id: 'xa-b', share: 0.1 }] },
    );
    expect(0.2 + 0.4 + 0.3 + 0.1).toBeGreaterThan(1);
    expect(parsePlan(plan).ok).toBe(true);
  });

  it('refuses an official code used twice, at the second unit', () => {
    expectProblems(rulesOf((p) => (p.units[6].code = '11401')), [
      { path: 'units[6].code', code: 'duplicate_code', vi: 'Mã hành chính "11401" đã dùng', en: 'Official code "11401" is already used' },
    ]);
  });

  it('refuses a group id used twice, a unit naming no group, and a unit listing a group twice', () => {
    expectProblems(rulesOf((p) => {
      p.groups[1].id = 'tu-ky-cu'; // so 'khoi-so' no longer exists
      p.units[3].groups = ['tu-ky-cu', 'tu-ky-cu'];
    }), [
      { path: 'groups[1].id', code: 'duplicate_id', vi: 'Mã "tu-ky-cu" bị trùng', en: 'Duplicate id "tu-ky-cu"' },
      { path: 'units[3].groups[1]', code: 'duplicate_id', vi: '"tu-ky-cu"', en: '"tu-ky-cu"' },
      { path: 'units[6].groups[0]', code: 'unknown_group', vi: 'Không có nhóm "khoi-so"', en: 'No group "khoi-so"' },
    ]);
  });

  it('refuses a predecessor that is the unit itself, names no unit, or is listed twice', () => {
    expectProblems(rulesOf((p) => p.units[3].predecessors.push({ id: 'xa-x' }, { id: 'xa-q' }, { id: 'xa-a' })), [
      { path: 'units[3].predecessors[2].id', code: 'predecessor_is_self', vi: 'tiền thân của chính nó', en: 'its own predecessor' },
      { path: 'units[3].predecessors[3].id', code: 'unknown_unit', vi: 'Không có đơn vị "xa-q"', en: 'No unit "xa-q"' },
      { path: 'units[3].predecessors[4].id', code: 'duplicate_id', vi: '"xa-a"', en: '"xa-a"' },
    ]);
  });

  it('refuses a unit formed from others without a start date (the merger date)', () => {
    expectProblems(rulesOf((p) => delete p.units[4].validFrom), [
      { path: 'units[4].validFrom', code: 'successor_without_start', vi: 'ngày bắt đầu (validFrom)', en: 'needs a start date (validFrom)' },
    ]);
  });

  it('refuses a predecessor that does not end before its successor starts, with both dates', () => {
    expectProblems(rulesOf((p) => {
      p.units[0].validTo = '2025-06-15'; // the day xa-x starts: one day too late
      delete p.units[1].validTo; // xa-b never ends: a problem in each of its two successors
    }), [
      { path: 'units[3].predecessors[0].id', code: 'predecessor_ends_late', vi: '"xa-a" kết thúc ngày 2025-06-15, không trước ngày bắt đầu 2025-06-15', en: '"xa-a" ends on 2025-06-15, not before the new unit starts on 2025-06-15' },
      { path: 'units[3].predecessors[1].id', code: 'predecessor_without_end', vi: '"xa-b" phải có ngày kết thúc (validTo) trước 2025-06-15', en: '"xa-b" needs an end date (validTo) before 2025-06-15' },
      { path: 'units[4].predecessors[0].id', code: 'predecessor_without_end', vi: '"xa-b"', en: '"xa-b"' },
    ]);
  });

  it('refuses shares of one predecessor adding up to more than 1, once, at its last share, with the total', () => {
    // xa-b: 0.6 (xa-x) + 0.5 (phuong-y) + 0.3 (xa-w) = 1.4
    expectProblems(rulesOf((p) => {
      p.units[4].predecessors[0].share = 0.5;
      p.units.push({ id: 'xa-w', name: 'Xã W', kind: 'commune', validFrom: '2025-06-15', predecessors: [{ id: 'xa-b', share: 0.3 }] });
    }), [
      { path: 'units[7].predecessors[0].share', code: 'shares_over_one', vi: '"xa-b" là 1.4, vượt quá 1', en: '"xa-b" add up to 1.4, more than 1' },
    ]);
  });

  it('refuses a successor listing predecessors without a unit that says it merged into it', () => {
    // xa-c now says it merged into xa-x, whose predecessors are xa-a and xa-b only.
    expectProblems(rulesOf((p) => (p.units[2].mergedInto = 'xa-x')), [
      { path: 'units[2].mergedInto', code: 'merged_into_not_successor', vi: '"xa-x" có danh sách đơn vị tiền thân (predecessors) nhưng thiếu "xa-c"', en: 'Unit "xa-x" lists its predecessors but not "xa-c"' },
    ]);
  });

  it('accepts mergedInto alone where the successor lists no predecessors (plans before the two-tier model)', () => {
    const plan = twoTierPlan();
    plan.units[2].mergedInto = 'dac-khu-z';
    expect(parsePlan(plan).ok).toBe(true);
  });

  describe('cycles, told once at the edge that closes them', () => {
    it('A → B → A by mergedInto alone', () => {
      expectProblems(rulesOf((p) => {
        p.units[5].validTo = '2025-12-31';
        p.units[5].mergedInto = 'so-noi-vu';
        p.units[6].validTo = '2025-12-31';
        p.units[6].mergedInto = 'dac-khu-z';
      }), [
        { path: 'units[6].mergedInto', code: 'lineage_cycle', vi: 'vòng lặp: dac-khu-z → so-noi-vu → dac-khu-z', en: 'cycle: dac-khu-z → so-noi-vu → dac-khu-z' },
      ]);
    });

    it('A → X by predecessors and X → A by mergedInto', () => {
      expectProblems(rulesOf((p) => {
        p.units[3].validTo = '2025-12-31';
        p.units[3].mergedInto = 'xa-a';
      }), [
        { path: 'units[3].mergedInto', code: 'lineage_cycle', vi: 'xa-a → xa-x → xa-a', en: 'xa-a → xa-x → xa-a' },
      ]);
    });

    it('X → Y → X by predecessors alone, where the dates cannot hold either', () => {
      // phuong-y (from 2025-06-15, no end) now also feeds xa-x, which in turn feeds phuong-y.
      expectProblems(rulesOf((p) => {
        p.units[3].predecessors.push({ id: 'phuong-y', share: 0.5 });
        p.units[4].predecessors.push({ id: 'xa-x', share: 0.5 });
      }), [
        { path: 'units[3].predecessors[2].id', code: 'predecessor_without_end', vi: '"phuong-y"', en: '"phuong-y"' },
        { path: 'units[4].predecessors[2].id', code: 'predecessor_without_end', vi: '"xa-x"', en: '"xa-x"' },
        // Walked from xa-x: xa-x feeds phuong-y, and phuong-y, listed in xa-x's predecessors, closes it.
        { path: 'units[3].predecessors[2].id', code: 'lineage_cycle', vi: 'xa-x → phuong-y → xa-x', en: 'xa-x → phuong-y → xa-x' },
      ]);
    });

    it('walks a chain of 20,000 mergers (the most units a plan holds) without running out of stack', () => {
      const plan = twoTierPlan();
      plan.units = Array.from({ length: 20_000 }, (_, i) => ({
        id: `u-${i}`, name: `Đơn vị ${i}`, kind: 'commune', validTo: '2025-12-31',
        ...(i < 19_999 ? { mergedInto: `u-${i + 1}` } : { mergedInto: 'u-0' }),
      }));
      expectProblems(problemsOf(parsePlan(plan)), [
        { path: 'units[19999].mergedInto', code: 'lineage_cycle', vi: ': u-0 → u-1 → u-2 → u-3 → u-4 → … → u-19999 → u-0.', en: ': u-0 → u-1 → u-2 → u-3 → u-4 → … → u-19999 → u-0.' },
      ]);
    });
  });

  it('lists every problem of one plan together, shape rules having passed', () => {
    expectProblems(rulesOf((p) => {
      p.units[5].code = '11401';
      p.units[5].groups = ['khong-co'];
      p.units[4].predecessors[1].id = 'xa-khong-co';
    }), [
      { path: 'units[5].code', code: 'duplicate_code', vi: '"11401"', en: '"11401"' },
      { path: 'units[5].groups[0]', code: 'unknown_group', vi: '"khong-co"', en: '"khong-co"' },
      // xa-c still says it merged into phuong-y, which no longer lists it.
      { path: 'units[2].mergedInto', code: 'merged_into_not_successor', vi: '"xa-c"', en: '"xa-c"' },
      { path: 'units[4].predecessors[1].id', code: 'unknown_unit', vi: '"xa-khong-co"', en: '"xa-khong-co"' },
    ]);
  });

  it('has a Vietnamese and an English message, not the same, for every code these rules add', () => {
    const added: MessageCode[] = [
      'duplicate_code', 'unknown_group', 'merged_into_not_successor', 'predecessor_is_self', 'successor_without_start',
      'predecessor_without_end', 'predecessor_ends_late', 'shares_over_one', 'lineage_cycle',
    ];
    expect(MESSAGE_CODES).toEqual(expect.arrayContaining(added));
    for (const code of added) expect(formatMessage(code, 'vi', {}), code).not.toBe(formatMessage(code, 'en', {}));
  });
});
