/**
 * An EXAMPLE of a plan that takes over a previous plan's units: Tứ Kỳ in 2025, whose first half
 * is the 2024 plan's district (its 23 communes and 12 divisions, to 30 June) and whose second half
 * is the six communes of Hải Phòng formed on 1 July 2025 (Nghị quyết 1669/NQ-UBTVQH15). The
 * lineage below (which old commune went where, and the shares of the two that were split) is made
 * up for the example, not taken from the resolution; the late-2024 mergers are left out as in the
 * 2024 plan.
 */
import type { PlanInput } from './plan.js';
import { TAG_CERTIFICATION, TAG_ONE_STOP_OFFICE } from './tags.js';
import { TU_KY_2024 } from './tu-ky-2024.js';

type UnitInput = PlanInput['units'][number];

const LAST_DAY_OF_DISTRICT = '2025-06-30';
const FIRST_DAY_OF_TWO_TIERS = '2025-07-01';

/** A new commune's predecessors: old commune ids, or [id, share] for a part of one. */
const NEW_COMMUNES: readonly { id: string; name: string; from: readonly (string | readonly [string, number])[] }[] = [
  { id: 'xa-tu-ky-moi', name: 'Xã Tứ Kỳ', from: ['tt-tu-ky', 'xa-minh-duc', 'xa-quang-phuc', 'xa-van-to'] },
  { id: 'xa-tan-ky-moi', name: 'Xã Tân Kỳ', from: ['xa-tan-ky', 'xa-dai-hop', 'xa-quang-khai', 'xa-dan-chu', ['xa-an-thanh', 0.3]] },
  { id: 'xa-dai-son-moi', name: 'Xã Đại Sơn', from: ['xa-dai-son', 'xa-hung-dao', 'xa-binh-lang', 'xa-ngoc-ky'] },
  { id: 'xa-chi-minh-moi', name: 'Xã Chí Minh', from: ['xa-chi-minh', 'xa-tai-son', 'xa-quang-trung', ['xa-quang-nghiep', 0.6]] },
  { id: 'xa-lac-phuong-moi', name: 'Xã Lạc Phượng', from: ['xa-phuong-ky', 'xa-cong-lac', 'xa-tien-dong', ['xa-quang-nghiep', 0.4]] },
  { id: 'xa-nguyen-giap-moi', name: 'Xã Nguyên Giáp', from: ['xa-nguyen-giap', 'xa-ha-ky', 'xa-ha-thanh', ['xa-an-thanh', 0.7]] },
];

const predecessorsOf = (from: (typeof NEW_COMMUNES)[number]['from']) => from.map((p) => (typeof p === 'string' ? { id: p, share: 1 } : { id: p[0], share: p[1] }));

/** The new commune that took the largest part of an old one: its `mergedInto`. */
function successorOf(oldId: string): string {
  const parts = NEW_COMMUNES.flatMap((c) => predecessorsOf(c.from).filter((p) => p.id === oldId).map((p) => ({ id: c.id, share: p.share })));
  return parts.reduce((a, b) => (b.share > a.share ? b : a)).id;
}

const oldUnits: UnitInput[] = TU_KY_2024.units.map((unit) =>
  unit.kind === 'commune'
    ? { ...unit, validTo: LAST_DAY_OF_DISTRICT, mergedInto: successorOf(unit.id) }
    : // The district's divisions end with the district level; their work goes to the city's departments and the communes.
      { ...unit, validTo: LAST_DAY_OF_DISTRICT },
);

const newUnits: UnitInput[] = NEW_COMMUNES.map(({ id, name, from }) => ({
  id,
  name,
  kind: 'commune',
  tags: [TAG_ONE_STOP_OFFICE, TAG_CERTIFICATION],
  validFrom: FIRST_DAY_OF_TWO_TIERS,
  predecessors: predecessorsOf(from),
}));

export const TU_KY_2025_TAKEOVER_EXAMPLE: PlanInput = {
  id: 'vd-tu-ky-2025',
  name: 'Kế hoạch kiểm soát TTHC khu vực Tứ Kỳ năm 2025, trước và sau sắp xếp (ví dụ, phân chia không chính thức / example, lineage not official)',
  year: 2025,
  timezone: 'Asia/Ho_Chi_Minh',
  units: [...oldUnits, ...newUnits],
  fields: TU_KY_2024.fields,
};
