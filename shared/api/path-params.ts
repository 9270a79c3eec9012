/** The path parameters of the routes, as the OpenAPI document describes them. */
import * as z from 'zod/mini';
import { SlugSchema } from './requests.js';

/** A value that names nothing in the plan is a 404; a malformed `email` is a 400. */
export const PATH_PARAMS: Record<string, z.ZodMiniType> = {
  planId: SlugSchema,
  email: z.string().check(z.maxLength(254)),
  period: z.string().check(z.regex(/^\d{4}-(Q1|Q2|Q3|Q4|H1|9M|Y)$/)),
  unitId: SlugSchema,
  version: z.string().check(z.regex(/^[1-9]\d{0,5}$/)),
};
