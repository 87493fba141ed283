// The printed announcement (pengumuman) of a stage, as a PDF: for the whole cycle or one formation, once the
// stage has been announced (its appeal window recorded in the cycle record; 409 before). The `official`
// version (HR's archive copy, with the NIK) is HR's only and audited as an export; the `public` version
// (registration number, name, scores, result) is anyone's, as the announcement itself is public. The text
// and table come from domain/recruitment/announcement-layout.ts, the drawing from
// commands/files/pdf-announcement.ts, the candidates from the same batched cursors as the exports.
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../domain/actor';
import {
  announcementClosing,
  announcementColumns,
  announcementHead,
  announcementRow,
  formationHeading,
  type AnnouncementVersion,
} from '../../domain/recruitment/announcement-layout';
import type { CycleKind, RecruitmentRuleSet } from '../../domain/recruitment/rule-sets';
import type { AnnouncementStage } from '../../domain/recruitment/stages';
import { durationMs } from '../../domain/time';
import { cycleWorkflowId } from '../../domain/workflow-ids';
import { defaultLetterhead } from '../../runtime/config';
import type { FormationConfig } from '../../workflows/recruitment/messages';
import { conflict, notFound } from '../errors';
import { writeAnnouncementPdf } from '../files/pdf-announcement';
import { records, type RecruitmentDeps } from './context';
import { exportedApplications, mustBeHr, type PreparedFile } from './exports';

export interface AnnouncementRequest {
  version: AnnouncementVersion;
  /** One formation only; every formation of the cycle by default. */
  formation?: string;
}

export function announcementCommands(deps: RecruitmentDeps) {
  const { cycleOrThrow } = records(deps);
  const letterhead = deps.letterhead ?? defaultLetterhead;

  return {
    /** Checks the request (who, the cycle, the stage announced, the formation); the caller writes the PDF. */
    async prepareAnnouncement(
      principal: Principal | undefined,
      code: string,
      stage: AnnouncementStage,
      req: AnnouncementRequest,
    ): Promise<PreparedFile> {
      if (req.version === 'official') mustBeHr(principal, 'print the official announcement (it holds NIKs)');
      const cycle = await cycleOrThrow(code);
      const kind = cycle.kind as CycleKind;
      if (kind === 'PPPK' && stage === 'skd') throw notFound('a PPPK cycle has no SKD announcement');
      const all = cycle.formations as FormationConfig[];
      const formations = req.formation ? all.filter((f) => f.code === req.formation) : all;
      if (req.formation && formations.length === 0)
        throw notFound(`cycle ${code} has no formation ${req.formation}`);
      const closesAt = (cycle.appealWindows as Partial<Record<AnnouncementStage, string>> | undefined)?.[
        stage
      ];
      if (!closesAt) throw conflict(`the ${stage} result of cycle ${code} has not been announced yet`);
      const rules = cycle.rules as RecruitmentRuleSet;
      const appealClosesAt = new Date(closesAt);
      const announcedAt = new Date(appealClosesAt.getTime() - durationMs(rules.windows.appealWindow));

      const withNik = req.version === 'official';
      const sort: Record<string, 1> =
        stage === 'final' ? { 'final.rank': 1, _id: 1 } : { registrationNumber: 1, _id: 1 };
      const columns = announcementColumns(kind, stage, req.version);
      async function* sections() {
        for (const f of formations) {
          const filter = {
            cycleCode: code,
            formationCode: f.code,
            ...(stage === 'final' ? { 'final.rank': { $exists: true } } : {}),
          };
          yield {
            heading: formationHeading(f),
            columns,
            rows: (async function* () {
              let no = 0;
              for await (const a of exportedApplications(deps, filter, sort, withNik)) {
                const row = announcementRow(kind, stage, req.version, a, no + 1);
                if (!row) continue;
                no += 1;
                yield row.cells;
              }
            })(),
          };
        }
      }

      if (withNik)
        await deps.audit.append({
          key: `recruitment-cycle/${code}/export/${randomUUID()}`,
          at: (deps.clock?.() ?? new Date()).toISOString(),
          actor: principal!.sub,
          role: principal!.role,
          action: 'cycle.exported',
          subject: cycleWorkflowId(code),
          reason: `official ${stage} announcement printed as PDF`,
          after: { what: 'announcement', format: 'pdf', stage, formation: req.formation },
        });
      const name = ['pengumuman', code, stage, req.formation, req.version === 'public' ? 'umum' : undefined]
        .filter(Boolean)
        .join('-');
      return {
        fileName: `${name.toLowerCase()}.pdf`,
        contentType: 'application/pdf',
        write: (out) =>
          writeAnnouncementPdf(
            {
              letterhead,
              head: announcementHead({
                letterhead,
                kind,
                stage,
                cycle: { code, title: cycle.title, budgetYear: cycle.budgetYear },
                announcedAt,
              }),
              sections: sections(),
              closing: announcementClosing({
                letterhead,
                stage,
                version: req.version,
                announcedAt,
                appealClosesAt,
              }),
              date: announcedAt,
            },
            out,
          ),
      };
    },
  };
}
