import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  createRequestContext,
  DomainException,
  Errors,
  isDependencyOutage,
  localize,
  OUTAGE_RETRY_AFTER_SECONDS,
  Public,
} from '@banso/core';
import { AuthGuard } from '@banso/identity';
import { EXPORT_NOUN, ReportExportService } from '../services/report-export.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const HTTP_STATUS: Record<string, number> = { UNAUTHENTICATED: 401, NOT_FOUND: 404, SERVICE_UNAVAILABLE: 503 };

/**
 * GET /exports/:id: the file of a finished export, with the same rule as reportExport(id) (the requester and admins;
 * NOT_FOUND for everyone else). Send the access token as `Authorization: Bearer …`. Errors are GraphQL-shaped.
 */
@Controller('exports')
export class ReportExportController {
  constructor(
    private readonly exports: ReportExportService,
    private readonly guard: AuthGuard,
  ) {}

  @Public()
  @Get(':id')
  async download(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const context = createRequestContext(req, res);
    try {
      await this.guard.authenticate(context);
      if (!context.actor) throw Errors.unauthenticated();
      if (!UUID.test(id)) throw Errors.notFound(EXPORT_NOUN);
      const file = await this.exports.download(context.actor, id);
      const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
      res
        .status(200)
        .setHeader('Content-Type', file.contentType)
        .setHeader('Content-Length', String(file.content.length))
        .setHeader('Cache-Control', 'private, no-store')
        .setHeader(
          'Content-Disposition',
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .end(file.content);
    } catch (error) {
      const refusal =
        error instanceof DomainException
          ? error
          : isDependencyOutage(error)
            ? Errors.serviceUnavailable(OUTAGE_RETRY_AFTER_SECONDS)
            : null;
      if (!refusal) throw error;
      if (refusal.retryAfterSeconds) res.setHeader('Retry-After', String(refusal.retryAfterSeconds));
      res
        .status(HTTP_STATUS[refusal.code] ?? 400)
        .json({ errors: [{ message: localize(refusal.text, context.locale), extensions: { code: refusal.code } }] });
    }
  }
}
