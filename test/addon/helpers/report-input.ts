/**
 * The figures a commune types into the Q4 template in the end-to-end test, by cell, with the
 * totals they imply worked out by hand. Layout (from the form): 06a rows start at row 6 in the
 * plan's field order (hộ tịch 6, chứng thực 7, đất đai 8); columns D–F received, H–J resolved,
 * L–M pending. The block sheets start their items at row 4 (satisfaction: a section row first).
 */
export const PERIOD = '2024-Q4';
export const S = {
  dossiers: `06a ${PERIOD}`,
  procedures: `TTHC ${PERIOD}`,
  digital: `Số hóa ${PERIOD}`,
  satisfaction: `Hài lòng-PAKN ${PERIOD}`,
  office: `Một cửa ${PERIOD}`,
  tasks: `Nhiệm vụ ${PERIOD}`,
};

/**
 * Three rows; each balances (received + carried over = resolved + pending):
 * hộ tịch 30+70+5 = 105 = 60+35+2 + 6+2; chứng thực 50+150+0 = 200 = 120+70+0 + 10+0;
 * đất đai 10+30+4 = 44 = 20+15+3 + 5+1 (typed first with late = 9: 50 ≠ 44, the mistake at J8).
 * received (online+direct) = 100 + 200 + 40 = 340; online = 90; resolved = 97 + 190 + 38 = 325;
 * early+onTime = 95 + 190 + 35 = 320.
 */
export const DOSSIER_INPUT: [range: string, values: number[][]][] = [
  ['D6:F8', [[30, 70, 5], [50, 150, 0], [10, 30, 4]]],
  ['H6:J8', [[60, 35, 2], [120, 70, 0], [20, 15, 9]]],
  ['L6:M8', [[6, 2], [10, 0], [5, 1]]],
];

/** total 120, oneStop typed as 125 (the mistake at B5: more than the total), then 115. */
export const PROCEDURES_INPUT: [string, number[][]] = ['B4:B5', [[120], [125]]];

/** digitizedDossiers … certifiedCopies in rows 4–11; eCertifiedCopies (B12) left blank first, then 60. */
export const DIGITAL_INPUT: [string, number[][]] = ['B4:B11', [[320], [300], [280], [150], [80], [180], [335], [400]]];

/** ratings 150, satisfied 140, lciRatings 20, lciSatisfied 18 (rows 5–8); feedback 3, 2, 2 (rows 10–12). */
export const SATISFACTION_INPUT: [string, number[][]][] = [
  ['B5:B8', [[150], [140], [20], [18]]],
  ['B10:B12', [[3], [2], [2]]],
];

/**
 * The unit's KPIs from these figures (DESIGN §6), and their status against the plan's targets:
 * one_stop 115/120 = 0.9583 near; on_time 320/325 = 0.9846 near; online_submission 90/340 info;
 * online_payment 80/150 = 0.5333 met (≥ 0.45); digitized_dossiers 320/340 = 0.9412 near;
 * digitized_results 300/325 = 0.9231 near; electronic_results 280/325 = 0.8615 below (< 0.90);
 * data_reuse 180/340 = 0.5294 met (≥ 0.50); electronic_processing 335/340 = 0.9853 near;
 * satisfaction 140/150 = 0.9333 met; satisfaction_lci 18/20 = 0.90 met (≥ 0.85);
 * feedback_on_time 2/2 = 1 met; e_certified_copies_share 60/400 = 0.15 info.
 * Score: mean of min(1, v/t) over the 11 KPIs with a target = (0.958333 + 0.984615 + 1 + 0.941176
 * + 0.923077 + 0.861538 + 1 + 0.985294 + 1 + 1 + 1) / 11 = 10.654033 / 11 = 0.968549 → 96.85, near.
 */
export const EXPECTED_ROW = {
  score: 0.968549,
  values: { D: 115 / 120, E: 320 / 325, F: 90 / 340, G: 80 / 150, H: 320 / 340, I: 300 / 325, J: 280 / 325, K: 180 / 340, L: 335 / 340, M: 140 / 150, N: 0.9, O: 1, P: 0.15 },
};

/** Every input of a correct report, as [sheet, range, values]: the figures above with the three mistakes fixed. */
export function correctReport(): [sheet: string, a1: string, values: unknown[][]][] {
  const dossiers = DOSSIER_INPUT.map(([a1, values]): [string, string, unknown[][]] => [S.dossiers, a1, values.map((row) => [...row])]);
  dossiers[1]![2][2]![2] = 3; // J8: late 3, so đất đai balances at 44
  return [
    ...dossiers,
    [S.procedures, 'B4:B5', [[120], [115]]],
    [S.digital, 'B4:B12', [...DIGITAL_INPUT[1], [60]]],
    ...SATISFACTION_INPUT.map(([a1, values]): [string, string, unknown[][]] => [S.satisfaction, a1, values]),
    [S.office, 'B4', [[true]]],
    [S.tasks, 'E14', [['Hoàn thành']]],
  ];
}
