/** Queues by workload class: each can be scaled and rate-limited on its own. */
export enum QueueName {
  SYSTEM = 'system',
  REMINDERS = 'reminders',
  REPORTING = 'reporting',
}

/** Every job the worker knows. Adding one here without a handler stops the worker at start-up. */
export enum JobName {
  SYSTEM_PING = 'system.ping',
  OJT_POST_BRIEF_OVERDUE = 'ojt.postBriefOverdue',
  OJT_FEEDBACK_PENDING = 'ojt.feedbackPending',
  LEARNING_SESSION_REMINDER = 'learning.sessionReminder',
  REPORTING_REFRESH_KPIS = 'reporting.refreshKpis',
}

/** Payloads carry ids and scalars only; handlers reload state. */
export interface JobPayload {
  [JobName.SYSTEM_PING]: { pingId: string };
  [JobName.OJT_POST_BRIEF_OVERDUE]: { visitId: string };
  [JobName.OJT_FEEDBACK_PENDING]: { visitId: string };
  /** `startsAt` is the start the reminder was scheduled for (ISO); a moved session has a new job. */
  [JobName.LEARNING_SESSION_REMINDER]: { activityId: string; startsAt: string };
  /** `slot`: the refresh period this run belongs to (refreshes are chained through the outbox, one per slot). */
  [JobName.REPORTING_REFRESH_KPIS]: { slot: number };
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.SYSTEM_PING]: QueueName.SYSTEM,
  [JobName.OJT_POST_BRIEF_OVERDUE]: QueueName.REMINDERS,
  [JobName.OJT_FEEDBACK_PENDING]: QueueName.REMINDERS,
  [JobName.LEARNING_SESSION_REMINDER]: QueueName.REMINDERS,
  [JobName.REPORTING_REFRESH_KPIS]: QueueName.REPORTING,
};

/** Retries with exponential backoff: 5 attempts, 2 s, 4 s, 8 s, 16 s. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 10000 },
  removeOnFail: { age: 30 * 24 * 3600 },
} as const;
