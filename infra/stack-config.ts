/**
 * The stack's settings, from CDK context (`-c name=value`). A missing or malformed value is an
 * error annotation on the stack, so `cdk synth` and `cdk deploy` stop and say which value is
 * wrong, rather than deploying an API that no token can pass.
 */
import { Annotations, type Stack } from 'aws-cdk-lib';

export interface StackConfig {
  /** The OAuth client id the add-in's ID tokens carry as `aud`. */
  googleClientId: string;
  /** The Web OAuth client id the leadership page signs in with (its tokens' `aud`). */
  webClientId: string;
  /** Administrators of every plan (ADMIN_EMAILS of the functions). */
  adminEmails: string[];
  /** Who the alarms e-mail; the administrators unless `alarmEmails` is given. */
  alarmEmails: string[];
  /**
   * The SES identity reminder mails are sent from (`sesIdentity`: a verified address, or a verified
   * domain, then sent as no-reply@ it). Null when not given: the reminder function is deployed
   * but nothing schedules it and it may send nothing, and synth says that reminders are off.
   */
  sesIdentity: string | null;
}

const CLIENT_ID = /^[0-9]+-[0-9a-z]+\.apps\.googleusercontent\.com$/;
const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export function readConfig(stack: Stack): StackConfig {
  const errors: string[] = [];
  const googleClientId = clientId(stack, 'googleClientId', "the add-in's OAuth client id", errors);
  // Required like googleClientId: a deploy without it would serve a page nobody can sign in to.
  const webClientId = clientId(stack, 'webClientId', "the leadership page's Web OAuth client id", errors);
  if (webClientId && webClientId === googleClientId) errors.push("context webClientId must be a Web application client of its own, not the add-in's googleClientId");
  const adminEmails = emails(stack, 'adminEmails', errors);
  if (adminEmails.length === 0) errors.push('context adminEmails must name at least one administrator (comma-separated e-mails)');
  const alarmEmails = stack.node.tryGetContext('alarmEmails') === undefined ? adminEmails : emails(stack, 'alarmEmails', errors);
  const sesIdentity = text(stack, 'sesIdentity') || null;
  if (sesIdentity === null) Annotations.of(stack).addInfo('context sesIdentity is not set: reminder mails are off. See docs/deploy.md, "Reminder mails".');
  else if (!EMAIL.test(sesIdentity) && !DOMAIN.test(sesIdentity)) errors.push(`context sesIdentity must be a verified SES e-mail address or domain, got "${sesIdentity}"`);
  for (const error of errors) Annotations.of(stack).addError(`${error}. See docs/deploy.md.`);
  return { googleClientId, webClientId, adminEmails, alarmEmails, sesIdentity };
}

function text(stack: Stack, name: string): string {
  const value: unknown = stack.node.tryGetContext(name);
  return typeof value === 'string' ? value.trim() : '';
}

function clientId(stack: Stack, name: string, what: string, errors: string[]): string {
  const value = text(stack, name);
  if (!CLIENT_ID.test(value)) errors.push(`context ${name} must be ${what} (…apps.googleusercontent.com), got "${value}"`);
  return value;
}

function emails(stack: Stack, name: string, errors: string[]): string[] {
  const list = text(stack, name).split(',').map((e) => e.trim()).filter(Boolean);
  for (const email of list.filter((e) => !EMAIL.test(e))) errors.push(`context ${name} has an invalid e-mail "${email}"`);
  return list;
}
