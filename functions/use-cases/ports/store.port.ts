/**
 * The whole storage port, what a deployment wires in (runtime/deps.ts): the small ports beside
 * it, one per concern. Use cases ask for the ones they use. The DynamoDB adapter
 * (functions/store/dynamo-store.ts) implements it and answers store faults as AppError `unavailable`.
 */
import type { MembershipLog, MembershipStore } from './members.port.js';
import type { PlanStore } from './plans.port.js';
import type { QuarterInputsStore } from './quarter-inputs.port.js';
import type { ReminderLog } from './reminders.port.js';
import type { ReportStore } from './reports.port.js';
import type { ReviewStore } from './reviews.port.js';

export interface Store extends PlanStore, MembershipStore, MembershipLog, ReportStore, ReviewStore, QuarterInputsStore, ReminderLog {}
