/** Queues by workload class: each can be scaled and rate-limited on its own. */
export enum QueueName {
  SYSTEM = 'system',
  REMINDERS = 'reminders',
  REPORTING = 'reporting',
  CERTIFICATION = 'certification',
  EXPORTS = 'exports',
}

/** Every job the worker knows. Adding one here without a handler stops the worker at start-up. */
export enum JobName {
  SYSTEM_PING = 'system.ping',
  OJT_POST_BRIEF_OVERDUE = 'ojt.postBriefOverdue',
  OJT_FEEDBACK_PENDING = 'ojt.feedbackPending',
  LEARNING_SESSION_REMINDER = 'learning.sessionReminder',
  REPORTING_REFRESH_KPIS = 'reporting.refreshKpis',
  CERTIFICATION_EVALUATE = 'certification.evaluate',
  CERTIFICATION_EVALUATE_PROGRAM = 'certification.evaluateProgram',
  CERTIFICATION_EXPIRE = 'certification.expire',
  EXPORT_BUILD = 'export.build',
  EXPORT_CLEANUP = 'export.cleanup',
  EXPORT_SUBSCRIPTIONS = 'export.subscriptions',
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
  [JobName.CERTIFICATION_EVALUATE]: { programId: string; traineeId: string };
  [JobName.CERTIFICATION_EVALUATE_PROGRAM]: { runId: string };
  [JobName.CERTIFICATION_EXPIRE]: { day: string };
  [JobName.EXPORT_BUILD]: { exportId: string };
  /** day: the calendar day in Japan (YYYY-MM-DD) the daily run is for. */
  [JobName.EXPORT_CLEANUP]: { day: string };
  [JobName.EXPORT_SUBSCRIPTIONS]: { day: string };
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.SYSTEM_PING]: QueueName.SYSTEM,
  [JobName.OJT_POST_BRIEF_OVERDUE]: QueueName.REMINDERS,
  [JobName.OJT_FEEDBACK_PENDING]: QueueName.REMINDERS,
  [JobName.LEARNING_SESSION_REMINDER]: QueueName.REMINDERS,
  [JobName.REPORTING_REFRESH_KPIS]: QueueName.REPORTING,
  [JobName.CERTIFICATION_EVALUATE]: QueueName.CERTIFICATION,
  [JobName.CERTIFICATION_EVALUATE_PROGRAM]: QueueName.CERTIFICATION,
  [JobName.CERTIFICATION_EXPIRE]: QueueName.CERTIFICATION,
  [JobName.EXPORT_BUILD]: QueueName.EXPORTS,
  [JobName.EXPORT_CLEANUP]: QueueName.EXPORTS,
  [JobName.EXPORT_SUBSCRIPTIONS]: QueueName.EXPORTS,
};

/** Evidence keeps arriving in bursts (a sheet of ratings, a cohort's attendance): one evaluation this long after. */
export const CERTIFICATION_EVALUATION_DELAY_MS = 5000;

/**
 * The outbox request every evidence-recording domain (competency, ojt, learning) makes when a trainee's evidence
 * changed: `outbox.enqueue(...certificationEvaluation(programId, traineeId))`. Debounced and idempotent: while one
 * evaluation of the (program, trainee) waits, further requests join it (same deduplication key). The job name comes
 * from core, so those domains never depend on the certification lib above them.
 */
export function certificationEvaluation(
  programId: string,
  traineeId: string,
): [
  JobName.CERTIFICATION_EVALUATE,
  JobPayload[JobName.CERTIFICATION_EVALUATE],
  { runAt: Date; deduplicationKey: string },
] {
  return [
    JobName.CERTIFICATION_EVALUATE,
    { programId, traineeId },
    {
      runAt: new Date(Date.now() + CERTIFICATION_EVALUATION_DELAY_MS),
      deduplicationKey: `${programId}:${traineeId}`,
    },
  ];
}

/** Retries with exponential backoff: 5 attempts, 2 s, 4 s, 8 s, 16 s. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 10000 },
  removeOnFail: { age: 30 * 24 * 3600 },
} as const;
