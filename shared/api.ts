/**
 * Request bodies of the HTTP API (DESIGN §3, contract), as zod schemas shared by the Lambda
 * handlers, the add-in and the OpenAPI document.
 */
import * as z from 'zod/mini';
import { ReportDataSchema } from './report.js';

export const ROLES = ['reporter', 'reviewer', 'viewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));

/**
 * The envelope of a submission. `data` is checked against the plan by validateReport, whose
 * problems name paths inside `data` (e.g. `dossiers[2].late`), the form the add-in maps to cells.
 */
export const SubmitReportSchema = z.strictObject({
  unitId: id,
  // Any period id parses; the use case answers a derived or foreign one with `invalid_period`.
  period: z.string().check(z.maxLength(16)),
  data: z.unknown(),
  idempotencyKey: z.optional(z.string().check(z.minLength(8), z.maxLength(128), z.regex(/^[A-Za-z0-9_.:-]+$/))),
});
export type SubmitReportRequest = z.infer<typeof SubmitReportSchema>;
/** The same envelope with `data`'s shape spelled out, for the OpenAPI document. */
export const SubmitReportDocSchema = z.extend(SubmitReportSchema, { data: ReportDataSchema });

export const ReviewSchema = z.strictObject({
  decision: z.enum(['accept', 'return']),
  comment: z._default(z.string().check(z.maxLength(2000)), ''),
  /** Extension: the version the reviewer looked at; a newer one makes this a 409. */
  version: z.optional(z.int().check(z.minimum(1))),
});
export type ReviewRequest = z.infer<typeof ReviewSchema>;

/** A reporter needs a unitId; the use case checks that, so the problem gets the `required` code. */
export const MemberSchema = z.strictObject({ role: z.enum(ROLES), unitId: z.optional(id) });
export type MemberRequest = z.infer<typeof MemberSchema>;
