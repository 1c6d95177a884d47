/** Queues by workload class: each can be scaled and rate-limited on its own. */
export enum QueueName {
  SYSTEM = 'system',
  REMINDERS = 'reminders',
  EXPORTS = 'exports',
}

/** Every job the worker knows. Adding one here without a handler stops the worker at start-up. */
export enum JobName {
  SYSTEM_PING = 'system.ping',
  OJT_POST_BRIEF_OVERDUE = 'ojt.postBriefOverdue',
  OJT_FEEDBACK_PENDING = 'ojt.feedbackPending',
  EXPORT_BUILD = 'export.build',
  EXPORT_CLEANUP = 'export.cleanup',
  EXPORT_SUBSCRIPTIONS = 'export.subscriptions',
}

/** Payloads carry ids and scalars only; handlers reload state. */
export interface JobPayload {
  [JobName.SYSTEM_PING]: { pingId: string };
  [JobName.OJT_POST_BRIEF_OVERDUE]: { visitId: string };
  [JobName.OJT_FEEDBACK_PENDING]: { visitId: string };
  [JobName.EXPORT_BUILD]: { exportId: string };
  /** day: the calendar day in Japan (YYYY-MM-DD) the daily run is for. */
  [JobName.EXPORT_CLEANUP]: { day: string };
  [JobName.EXPORT_SUBSCRIPTIONS]: { day: string };
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.SYSTEM_PING]: QueueName.SYSTEM,
  [JobName.OJT_POST_BRIEF_OVERDUE]: QueueName.REMINDERS,
  [JobName.OJT_FEEDBACK_PENDING]: QueueName.REMINDERS,
  [JobName.EXPORT_BUILD]: QueueName.EXPORTS,
  [JobName.EXPORT_CLEANUP]: QueueName.EXPORTS,
  [JobName.EXPORT_SUBSCRIPTIONS]: QueueName.EXPORTS,
};

/** Retries with exponential backoff: 5 attempts, 2 s, 4 s, 8 s, 16 s. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 10000 },
  removeOnFail: { age: 30 * 24 * 3600 },
} as const;
