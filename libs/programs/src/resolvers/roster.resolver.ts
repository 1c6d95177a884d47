import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Controller, Get, Header, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Actor, CurrentActor, Public } from '@banso/core';
import { ImportProgramRosterInput } from '../dto/program.input';
import { ImportProgramRosterResult } from '../programs.results';
import { ProgramClosedError, RosterFileUnreadableError } from '../programs.errors';
import { RosterImportReport } from '../models/roster.model';
import { RosterImportService } from '../services/roster-import.service';
import { rosterTemplateCsv, rosterTemplateXlsx } from '../services/roster-file';

@Resolver()
export class RosterResolver {
  constructor(private readonly roster: RosterImportService) {}

  @Mutation(() => ImportProgramRosterResult, {
    description:
      'Sets up a cohort from a roster file (名簿の取り込み; owners of the program and admins). dryRun: true reports per ' +
      'row what would be created or changed and every problem, writing nothing; a real run writes everything or, with ' +
      'any problem, nothing. Idempotent on emails. Template: GET /imports/roster-template.xlsx or .csv',
  })
  importProgramRoster(
    @CurrentActor() actor: Actor,
    @Args('input') input: ImportProgramRosterInput,
  ): Promise<RosterImportReport | ProgramClosedError | RosterFileUnreadableError> {
    return this.roster.importRoster(actor, input);
  }
}

const TEMPLATE_NAME = '名簿テンプレート';

function attachment(res: Response, extension: string): void {
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="roster-template.${extension}"; filename*=UTF-8''${encodeURIComponent(`${TEMPLATE_NAME}.${extension}`)}`,
  );
}

/** The roster templates (Japanese headers, example rows). Public: they hold no data. */
@Controller('imports')
export class RosterTemplateController {
  @Public()
  @Get('roster-template.xlsx')
  @Header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @Header('Cache-Control', 'no-cache')
  async xlsx(@Res() res: Response): Promise<void> {
    attachment(res, 'xlsx');
    res.send(await rosterTemplateXlsx());
  }

  @Public()
  @Get('roster-template.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  csv(@Res() res: Response): void {
    attachment(res, 'csv');
    res.send(rosterTemplateCsv());
  }
}
