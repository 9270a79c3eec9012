/**
 * What a client sends (DESIGN §3, contract): request bodies as the zod schemas the Lambda handlers
 * parse with. Small on purpose: every handler that takes a body bundles this module.
 */
import * as z from 'zod/mini';
import { ROLES } from './roles.js';
import { LANGS } from '../words/messages.js';

export const SlugSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));

/**
 * The envelope of a submission. `data` is checked against the plan by validateReport, whose
 * problems name paths inside `data` (e.g. `dossiers[2].late`), the form the add-in maps to cells.
 */
export const SubmitReportSchema = z.strictObject({
  unitId: SlugSchema,
  // Any period id parses; the use case answers a derived or foreign one with `invalid_period`.
  period: z.string().check(z.maxLength(16)),
  data: z.unknown(),
  idempotencyKey: z.optional(z.string().check(z.minLength(8), z.maxLength(128), z.regex(/^[A-Za-z0-9_.:-]+$/))),
});
export type SubmitReportRequest = z.infer<typeof SubmitReportSchema>;

export const ReviewSchema = z.strictObject({
  decision: z.enum(['accept', 'return']),
  comment: z._default(z.string().check(z.maxLength(2000)), ''),
  /** Extension: the version the reviewer looked at; a newer one makes this a 409. */
  version: z.optional(z.int().check(z.minimum(1))),
});
export type ReviewRequest = z.infer<typeof ReviewSchema>;

/** A reporter needs a unitId; the use case checks that, so the problem gets the `required` code. */
const GrantRequestSchema = z.strictObject({ role: z.enum(ROLES), unitId: z.optional(SlugSchema) });
/** Extension (issue 15): `lang`, the language of the member's reminder mails; Vietnamese unless `en`. */
export const MemberSchema = z.extend(GrantRequestSchema, { lang: z.optional(z.enum(LANGS)) });
export type MemberRequest = z.infer<typeof MemberSchema>;

/** A member's address as sent; the use case trims and lower-cases it (as for the path's email). */
const EmailSchema = z.string().check(z.minLength(3), z.maxLength(254));

/**
 * Extension (POST …/members): the changes an admin's plan sheet makes at once. Every problem is
 * named by its path (`put[3].unitId`, `remove[0]`) and nothing is applied unless all are valid.
 */
export const ChangeMembersSchema = z.strictObject({
  put: z._default(z.array(z.extend(GrantRequestSchema, { email: EmailSchema })).check(z.maxLength(10_000)), []),
  remove: z._default(z.array(EmailSchema).check(z.maxLength(10_000)), []),
});
export type ChangeMembersRequest = z.infer<typeof ChangeMembersSchema>;
