/**
 * Problems are what validation finds: a path into the checked object, a stable code, and a
 * message in the reader's language. Domain code produces `RawProblem`s (no text); the edge that
 * answers a person calls `localize` once, so every message comes from the one catalog.
 */
import type { core } from 'zod/mini';
import { formatMessage, type Lang, type MessageCode, type MessageParams } from './messages.js';

export type PathSegment = string | number;

export interface RawProblem {
  path: PathSegment[];
  code: MessageCode;
  params?: MessageParams;
}

interface Problem {
  path: string;
  code: MessageCode;
  message: string;
}

/** `['dossiers', 2, 'late']` → `dossiers[2].late`, the form the add-in maps to a cell. */
function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

export function localize(problems: readonly RawProblem[], lang: Lang): Problem[] {
  return problems.map((p) => ({
    path: formatPath(p.path),
    code: p.code,
    message: formatMessage(p.code, lang, { path: formatPath(p.path), ...p.params }),
  }));
}

/**
 * Maps zod's issues to our codes; an unknown key becomes one problem per key, at that key.
 * Parse with `{ reportInput: true }` so a missing key is told apart from a wrong type.
 */
export function fromZodError(error: { issues: readonly core.$ZodIssue[] }): RawProblem[] {
  const out: RawProblem[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) out.push({ path: [...path, key], code: 'unknown_key' });
        break;
      case 'invalid_type':
        if (issue.input === undefined) out.push({ path, code: 'required' });
        else if (issue.expected === 'int') out.push({ path, code: 'not_integer' });
        else out.push({ path, code: 'invalid_type', params: { expected: issue.expected } });
        break;
      case 'too_small':
        if (issue.origin === 'number' && Number(issue.minimum) === 0) out.push({ path, code: 'negative' });
        else
          out.push({
            path,
            code: issue.origin === 'number' ? 'too_small' : 'too_short',
            params: { minimum: Number(issue.minimum) },
          });
        break;
      case 'too_big':
        out.push({
          path,
          code: issue.origin === 'number' ? 'too_big' : 'too_long',
          params: { maximum: Number(issue.maximum) },
        });
        break;
      case 'invalid_value':
        out.push({ path, code: 'invalid_value', params: { allowed: issue.values.map(String).join(', ') } });
        break;
      case 'invalid_format':
        out.push({ path, code: 'invalid_format', params: { format: issue.format } });
        break;
      case 'invalid_union': {
        // Name what is wrong in the alternative the input came closest to (fewest issues), at its own paths.
        const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
        const nested = fromZodError({ issues: closest.map((inner) => ({ ...inner, path: [...path, ...inner.path] })) });
        out.push(...(nested.length ? nested : [{ path, code: 'invalid_value' as const, params: { allowed: '' } }]));
        break;
      }
      default:
        out.push({ path, code: 'invalid_value', params: { allowed: '' } });
    }
  }
  return out;
}
