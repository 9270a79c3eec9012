/**
 * A small district written out by hand for the engine and chart tests: four units in 2024-Q2
 * (a and b communes, c an agency, d a commune that did not report Q2) plus x, a commune that
 * stopped at the end of Q1. The totals each report implies are worked out in its comment.
 * Deadlines (Asia/Ho_Chi_Minh): Q1 2024-03-17T23:59:59+07:00 = 16:59:59Z; Q2 2024-06-17 same time.
 */
import type { Plan } from '../../shared/plans/plan.js';
import type { ReportData } from '../../shared/report/schema.js';
import type { SubmittedReport } from '../../shared/engine/scorecard-model.js';

export const plan: Plan = {
  id: 'thu-2024',
  name: 'Huyện Thử 2024',
  year: 2024,
  timezone: 'Asia/Ho_Chi_Minh',
  units: [
    { id: 'a', name: 'Xã An Thanh', kind: 'commune', tags: ['one-stop-office', 'certification'] },
    { id: 'b', name: 'Xã Bình Lãng', kind: 'commune', tags: ['one-stop-office', 'certification'] },
    { id: 'c', name: 'Phòng Tư pháp', kind: 'agency', tags: ['certification'] },
    { id: 'd', name: 'Xã Đại Sơn', kind: 'commune', tags: ['one-stop-office'] },
    // Window Q1 = 2023-12-15 … 2024-03-14: x is expected in Q1 only.
    { id: 'x', name: 'Xã Cũ', kind: 'commune', validTo: '2024-03-14' },
  ],
  fields: [
    { id: 'dat-dai', name: 'Đất đai', group: 'lci' },
    { id: 'tu-phap', name: 'Tư pháp' },
  ],
  // online_submission gets a target it has not by default; data_reuse loses its default 0.50.
  targets: { online_submission: 0.6, data_reuse: null },
};

// a, Q2: received = (30+10) + (20+40) = 100, online = 30+20 = 50,
// resolved = (20+15+5) + (30+25+0) = 95, early+onTime = 35 + 55 = 90.
const aQ2: ReportData = {
  dossiers: [
    { field: 'dat-dai', online: 30, direct: 10, carriedOver: 5, early: 20, onTime: 15, late: 5, pendingOnTime: 4, pendingOverdue: 1 },
    { field: 'tu-phap', online: 20, direct: 40, carriedOver: 0, early: 30, onTime: 25, late: 0, pendingOnTime: 5, pendingOverdue: 0 },
  ],
  procedures: { total: 100, oneStop: 100 },
  digital: {
    digitizedDossiers: 100, digitizedResults: 95, electronicResults: 90, feeDossiers: 100, paidOnline: 45,
    reusedData: 50, processedOnSystem: 100, certifiedCopies: 20, eCertifiedCopies: 10,
  },
  satisfaction: { ratings: 50, satisfied: 45, lciRatings: 20, lciSatisfied: 17 },
  feedback: { received: 4, resolved: 4, resolvedOnTime: 4 },
  office: { brandIdentity: true },
  tasks: [{ task: 11, status: 'done' }],
};

// b, Q2: received = (10+30) + (10+50) = 100, online = 20,
// resolved = (10+20+10) + (20+30+0) = 90, early+onTime = 30 + 50 = 80.
const bQ2: ReportData = {
  dossiers: [
    { field: 'dat-dai', online: 10, direct: 30, carriedOver: 10, early: 10, onTime: 20, late: 10, pendingOnTime: 5, pendingOverdue: 5 },
    { field: 'tu-phap', online: 10, direct: 50, carriedOver: 0, early: 20, onTime: 30, late: 0, pendingOnTime: 10, pendingOverdue: 0 },
  ],
  procedures: { total: 80, oneStop: 72 },
  digital: {
    digitizedDossiers: 89, digitizedResults: 81, electronicResults: 45, feeDossiers: 100, paidOnline: 35,
    reusedData: 40, processedOnSystem: 100, certifiedCopies: 10, eCertifiedCopies: 0,
  },
  satisfaction: { ratings: 40, satisfied: 30, lciRatings: 10, lciSatisfied: 8 },
  feedback: { received: 2, resolved: 2, resolvedOnTime: 1 },
  office: { brandIdentity: false },
  tasks: [],
};

// c, Q2: received = 0+100 = 100, online = 0, resolved = 50+50 = 100, early+onTime = 100.
// No land dossiers rated (lciRatings 0) and no feedback resolved: two denominators of 0.
const cQ2: ReportData = {
  dossiers: [
    { field: 'tu-phap', online: 0, direct: 100, carriedOver: 0, early: 50, onTime: 50, late: 0, pendingOnTime: 0, pendingOverdue: 0 },
  ],
  procedures: { total: 50, oneStop: 50 },
  digital: {
    digitizedDossiers: 100, digitizedResults: 100, electronicResults: 100, feeDossiers: 100, paidOnline: 34,
    reusedData: 80, processedOnSystem: 100, certifiedCopies: 200, eCertifiedCopies: 50,
  },
  satisfaction: { ratings: 10, satisfied: 10, lciRatings: 0, lciSatisfied: 0 },
  feedback: { received: 0, resolved: 0, resolvedOnTime: 0 },
  tasks: [],
};

// Q1 of a, b and d is the same data (only office and timeliness differ):
// received = 40 + 40 = 80, online = 20+10 = 30, resolved = 35 + 40 = 75, early+onTime = 30 + 40 = 70.
function q1Data(brandIdentity: boolean): ReportData {
  return {
    dossiers: [
      { field: 'dat-dai', online: 20, direct: 20, carriedOver: 0, early: 20, onTime: 10, late: 5, pendingOnTime: 4, pendingOverdue: 1 },
      { field: 'tu-phap', online: 10, direct: 30, carriedOver: 0, early: 20, onTime: 20, late: 0, pendingOnTime: 0, pendingOverdue: 0 },
    ],
    procedures: { total: 100, oneStop: 90 },
    digital: {
      digitizedDossiers: 60, digitizedResults: 50, electronicResults: 40, feeDossiers: 50, paidOnline: 20,
      reusedData: 20, processedOnSystem: 80, certifiedCopies: 10, eCertifiedCopies: 0,
    },
    satisfaction: { ratings: 40, satisfied: 32, lciRatings: 10, lciSatisfied: 7 },
    feedback: { received: 2, resolved: 2, resolvedOnTime: 1 },
    office: { brandIdentity },
    tasks: [],
  };
}

export const reports: SubmittedReport[] = [
  // Q1: a and d on time, b late; c and x sent nothing.
  { unitId: 'a', period: '2024-Q1', version: 1, data: q1Data(true), firstSubmittedAt: '2024-03-10T02:00:00Z', submittedAt: '2024-03-10T02:00:00Z', status: 'accepted' },
  { unitId: 'b', period: '2024-Q1', version: 1, data: q1Data(false), firstSubmittedAt: '2024-03-20T02:00:00Z', submittedAt: '2024-03-20T02:00:00Z', status: 'accepted' },
  { unitId: 'd', period: '2024-Q1', version: 1, data: q1Data(true), firstSubmittedAt: '2024-03-15T02:00:00Z', submittedAt: '2024-03-15T02:00:00Z', status: 'submitted' },
  // Q2: a first came on time, corrected after the deadline: still on time.
  { unitId: 'a', period: '2024-Q2', version: 2, data: aQ2, firstSubmittedAt: '2024-06-10T03:00:00Z', submittedAt: '2024-06-20T03:00:00Z', status: 'submitted' },
  // b in the deadline's last second (23:59:59 local): on time.
  { unitId: 'b', period: '2024-Q2', version: 1, data: bQ2, firstSubmittedAt: '2024-06-17T16:59:59Z', submittedAt: '2024-06-17T16:59:59Z', status: 'returned' },
  // c first came at 00:00:00 local on the 18th (late), then corrected.
  { unitId: 'c', period: '2024-Q2', version: 2, data: cQ2, firstSubmittedAt: '2024-06-17T17:00:00Z', submittedAt: '2024-06-25T03:00:00Z', status: 'accepted' },
  // Ignored: x is not active in Q2, and "ghost" is not in the plan.
  { unitId: 'x', period: '2024-Q2', version: 1, data: aQ2, firstSubmittedAt: '2024-06-01T03:00:00Z', submittedAt: '2024-06-01T03:00:00Z', status: 'submitted' },
  { unitId: 'ghost', period: '2024-Q2', version: 1, data: aQ2, firstSubmittedAt: '2024-06-01T03:00:00Z', submittedAt: '2024-06-01T03:00:00Z', status: 'submitted' },
];

export const COMPUTED_AT = '2024-06-30T00:00:00Z';
