/**
 * The plans that ship beside the product's own: the Hải Phòng 2026 example (a province in the
 * two-tier model, labelled as an example) and the Tứ Kỳ 2024 plan, which must not change.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HAI_PHONG_2026_EXAMPLE } from '../../shared/plans/hai-phong-2026-example.js';
import { parsePlan, type Plan } from '../../shared/plans/plan.js';
import { TU_KY_2024 } from '../../shared/plans/tu-ky-2024.js';
import { TU_KY_2025_TAKEOVER_EXAMPLE } from '../../shared/plans/tu-ky-2025-takeover-example.js';

function example(): Plan {
  const parsed = parsePlan(HAI_PHONG_2026_EXAMPLE);
  expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  return (parsed as { ok: true; value: Plan }).value;
}

const countBy = <T,>(items: readonly T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((counts, item) => ({ ...counts, [key(item)]: (counts[key(item)] ?? 0) + 1 }), {});

describe('the Hải Phòng 2026 example plan', () => {
  it('parses with no problems and says it is an example, not official data', () => {
    const plan = example();
    expect(plan.year).toBe(2026);
    expect(plan.name).toContain('ví dụ');
    expect(plan.name).toContain('not official data');
  });

  it('has Hải Phòng’s 114 commune-level units by kind (67 xã, 45 phường, 2 đặc khu) and 14 agencies', () => {
    // Nghị quyết 1669/NQ-UBTVQH15: 67 + 45 + 2 = 114.
    expect(countBy(example().units, (u) => u.kind)).toEqual({ commune: 67, ward: 45, 'special-zone': 2, agency: 14 });
    expect(example().units.filter((u) => u.kind === 'special-zone').map((u) => u.name)).toEqual(['Đặc khu Cát Hải', 'Đặc khu Bạch Long Vĩ']);
  });

  it('puts every unit in at least one group that exists, several in two', () => {
    const plan = example();
    const groupIds = new Set(plan.groups!.map((g) => g.id));
    expect(groupIds.size).toBe(plan.groups!.length);
    for (const unit of plan.units) {
      expect(unit.groups?.length, unit.id).toBeGreaterThan(0);
      for (const group of unit.groups!) expect(groupIds.has(group), `${unit.id} → ${group}`).toBe(true);
    }
    // The coastal cluster cuts across former districts: each of its units is also in its area's group.
    const twoGroups = plan.units.filter((u) => u.groups!.length === 2);
    expect(twoGroups.length).toBeGreaterThanOrEqual(5);
    for (const unit of twoGroups) expect(unit.groups).toContain('cum-ven-bien');
    // Every group is used: 27 former districts, the coastal cluster and three sectors of departments.
    expect(new Set(plan.units.flatMap((u) => u.groups!))).toEqual(groupIds);
    expect(groupIds.size).toBe(27 + 1 + 3);
  });

  it('gives each commune-level unit a code of its own, made up and looking so (VD-…)', () => {
    const codes = example().units.filter((u) => u.kind !== 'agency').map((u) => u.code);
    expect(new Set(codes).size).toBe(114);
    for (const code of codes) expect(code).toMatch(/^VD-\d{3}$/);
  });

  it('keeps the six communes of the former Tứ Kỳ district together in one group', () => {
    const sixNames = ['Xã Tứ Kỳ', 'Xã Tân Kỳ', 'Xã Đại Sơn', 'Xã Chí Minh', 'Xã Lạc Phượng', 'Xã Nguyên Giáp'];
    const plan = example();
    const six = sixNames.map((name) => plan.units.find((u) => u.name === name));
    expect(six.map((u) => u?.kind)).toEqual(Array(6).fill('commune'));
    const group = plan.groups!.find((g) => g.name === 'Khu vực Tứ Kỳ cũ')!;
    expect(plan.units.filter((u) => u.groups!.includes(group.id)).map((u) => u.name)).toEqual(sixNames);
  });
});

describe('the Tứ Kỳ 2025 takeover example', () => {
  const plan = () => {
    const parsed = parsePlan(TU_KY_2025_TAKEOVER_EXAMPLE);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    return (parsed as { ok: true; value: Plan }).value;
  };
  const activeOn = (day: string) => plan().units.filter((u) => (u.validFrom ?? '0000') <= day && day <= (u.validTo ?? '9999'));

  it('parses, and says its lineage is an example', () => {
    expect(plan().name).toContain('ví dụ');
    expect(plan().name).toContain('lineage not official');
  });

  it('has the 2024 district to 30 June (23 communes + 12 divisions = 35) and six communes from 1 July', () => {
    expect(activeOn('2025-06-30').map((u) => u.id)).toEqual(TU_KY_2024.units.map((u) => u.id));
    expect(activeOn('2025-07-01').map((u) => u.name)).toEqual(['Xã Tứ Kỳ', 'Xã Tân Kỳ', 'Xã Đại Sơn', 'Xã Chí Minh', 'Xã Lạc Phượng', 'Xã Nguyên Giáp']);
  });

  it('hands every old commune on whole: its shares add up to 1, two of them split', () => {
    const sharesOf = new Map<string, number[]>();
    for (const unit of plan().units) for (const p of unit.predecessors ?? []) sharesOf.set(p.id, [...(sharesOf.get(p.id) ?? []), p.share]);
    const oldCommunes = TU_KY_2024.units.filter((u) => u.kind === 'commune').map((u) => u.id);
    expect([...sharesOf.keys()].sort()).toEqual([...oldCommunes].sort());
    // Xã Quảng Nghiệp: 0.6 (Chí Minh) + 0.4 (Lạc Phượng) = 1; Xã An Thanh: 0.3 (Tân Kỳ) + 0.7 (Nguyên Giáp) = 1.
    expect(sharesOf.get('xa-quang-nghiep')).toEqual([0.6, 0.4]);
    expect(sharesOf.get('xa-an-thanh')).toEqual([0.3, 0.7]);
    for (const id of oldCommunes) expect(sharesOf.get(id)!.reduce((a, b) => a + b), id).toBeCloseTo(1, 9);
    // An old commune's mergedInto is the new commune that took its larger part.
    const byId = new Map(plan().units.map((u) => [u.id, u]));
    expect(byId.get('xa-quang-nghiep')!.mergedInto).toBe('xa-chi-minh-moi');
    expect(byId.get('xa-an-thanh')!.mergedInto).toBe('xa-nguyen-giap-moi');
  });
});

describe('the Tứ Kỳ 2024 plan', () => {
  it('is byte for byte what it was before the province example came, but for its tasks (issue 15)', () => {
    // sha256 of JSON.stringify(TU_KY_2024) from shared/plans/tu-ky-2024.ts as committed (bc32891), 5,218 characters.
    const { tasks: _added, ...before } = TU_KY_2024;
    const json = JSON.stringify(before);
    expect(json).toHaveLength(5_218);
    expect(createHash('sha256').update(json).digest('hex')).toBe('65dfba89c3446b59747761f71eb0abd78673fcbbb8ae0913b92a825b3af18305');
  });
});
