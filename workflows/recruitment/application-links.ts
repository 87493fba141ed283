// The candidate's personal links: each carries the application's link version, and a new version makes
// every earlier link stop working. A renewal (a link that leaked, or a candidate who asked for theirs
// again) records the new version, is audited, and mails a fresh link to the candidate's address, which
// the email activity signs at send time under the version it reads then. Workflow code.
import { setHandler } from '@temporalio/workflow';
import { acts } from '../lib/activities';
import type { Application } from './application-context';
import { renewLinks } from './messages';

export function handleLinks(app: Application): void {
  const { applicationId } = app;
  let version = 0;
  setHandler(
    renewLinks,
    ({ reason, actor }) =>
      app.serial(async () => {
        const before = version;
        version += 1;
        const seq = app.nextSeq();
        await acts.recordTokenVersion({ applicationId, seq, tokenVersion: version });
        await app.audit(
          `${seq}`,
          'application.links-renewed',
          actor,
          reason,
          { tokenVersion: before },
          {
            tokenVersion: version,
          },
        );
        await app.mail(`links/${version}`, 'accessLinkRenewed', app.base);
        return { tokenVersion: version };
      }),
    {
      validator: (_d: unknown) => {
        if (app.status === 'expired') throw new Error('the application expired unconfirmed');
      },
    },
  );
}
