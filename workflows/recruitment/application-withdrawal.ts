// Leaving and replacing (RULES 1.1 step 11 and 1.6): the candidate may withdraw at any point; after passing
// that bars their NIK from the next budget years' selections and opens the vacancy, which the cycle offers
// to the next optimalisasi candidate in rank; such an offer moves that candidate up into the document
// stage. An offer that reaches a candidate who has just withdrawn goes on to the next in rank, once.
import { setHandler } from '@temporalio/workflow';
import { systemActor } from '../../domain/actor';
import { afterPassingStatuses, withdrawalBanYears } from '../../domain/recruitment/stages';
import { acts } from '../lib/activities';
import { iso, type Application } from './application-context';
import type { DocumentStage } from './application-documents';
import { documentsResolved, replacedIn, vacancyOpened, withdraw } from './messages';

export function handleWithdrawal(app: Application, documents: DocumentStage): void {
  const { input, applicationId } = app;
  /** Whose vacancy this application filled, once replaced in. */
  let replacing: string | undefined;
  /** True once a replacement offer that arrived after the withdrawal was passed on. */
  let offerPassedOn = false;

  setHandler(
    replacedIn,
    (d) =>
      void app.serial(async () => {
        if (app.isOver()) {
          // The cycle chose this candidate from a read model that did not show the withdrawal yet: the
          // vacancy goes on to the next in rank, once (a repeated offer, or one to a candidate who was
          // replaced in and withdrew later, passes nothing on).
          if (app.status === 'withdrawn' && !app.closed && replacing === undefined && !offerPassedOn) {
            offerPassedOn = true;
            await documents.openVacancy(`offered the vacancy of ${d.replacing} after withdrawing`);
          }
          return;
        }
        if (await app.moveTo('replace-in', { actor: systemActor, reason: `replaces ${d.replacing}` })) {
          replacing = d.replacing;
          await documents.open(Date.parse(d.dueAt), 'documents/replacement-offer', 'replacementOffer');
        }
      }),
  );

  setHandler(
    withdraw,
    (d) =>
      app.serial(async () => {
        const afterPassing = afterPassingStatuses.includes(app.status);
        const hadDocuments = documents.hadDocuments();
        const banYears = afterPassing
          ? withdrawalBanYears(input.budgetYear, input.withdrawalBanBudgetYears)
          : [];
        const withdrawal = { reason: d.reason, at: iso(Date.now()), afterPassing, banYears };
        await app.move(
          'withdraw',
          (status, seq) => acts.recordWithdrawal({ applicationId, seq, status, withdrawal }),
          {
            actor: d.actor,
            reason: d.reason,
            after: { withdrawal },
          },
        );
        app.cancelOpenSteps('withdrawn');
        if (afterPassing) {
          await acts.recordWithdrawalBan({ applicationId, years: banYears, reason: d.reason });
          await app.cycle.signal(vacancyOpened, {
            formationCode: input.formation.code,
            applicationId,
            reason: 'withdrawn after passing',
          });
          if (hadDocuments) await app.cycle.signal(documentsResolved, { applicationId, verified: false });
        }
        await app.mail('withdrawal', 'withdrawalConfirmed', {
          ...app.base,
          banBudgetYears: afterPassing ? input.withdrawalBanBudgetYears : undefined,
        });
        return { status: app.status, banYears };
      }),
    {
      validator: (_d: unknown) => {
        if (app.status === 'withdrawn' || app.status === 'appointed' || app.closed)
          throw new Error(`the application is ${app.closed ? 'closed' : app.status}`);
        if (app.status === 'unconfirmed' || app.status === 'expired')
          throw new Error('the application was never confirmed: unconfirmed, it lapses by itself');
      },
    },
  );
}
