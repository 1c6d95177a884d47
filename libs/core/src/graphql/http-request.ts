import type { Request } from 'express';

/** The caller's address for throttling, behind at most one proxy hop that sets X-Forwarded-For. */
export function clientAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
