// An employee's award of a year as a section of their pages: nominated and awaiting the committee, or
// the committee's decision with its reason. Used by `/me/awards` and by the employee's year page
// (`/me/appraisal/<year>`, helper A's), which gets its data from `awardCommands.employeeAward`.
import type { AwardView } from '../../commands/appraisal/awards';
import { When } from '../candidate/pages';
import type { PageContext } from '../layout';

export function AwardSection(props: { ctx: PageContext; award: AwardView | null; headingLevel?: 2 | 3 }) {
  const { ctx, award } = props;
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const id = `award-${award?.year ?? 'none'}`;
  return (
    <section class="award" aria-labelledby={id}>
      <Heading id={id}>
        {award
          ? `${ctx.t('awards.title')} · ${ctx.t('awards.me.year', { year: award.year })}`
          : ctx.t('awards.title')}
      </Heading>
      {!award ? (
        <p>{ctx.t('awards.me.none')}</p>
      ) : (
        <dl>
          <dt>{ctx.t('awards.status')}</dt>
          <dd class="award-status">{ctx.t(`awards.status.${award.status}`)}</dd>
          {award.nomination && (
            <>
              <dt>{ctx.t('awards.nominatedBy', { name: award.nomination.byName })}</dt>
              <dd class="quote">{award.nomination.reason}</dd>
            </>
          )}
          {award.decision && (
            <>
              <dt>{ctx.t('awards.hr.decision')}</dt>
              <dd>
                <span class="quote award-reason">{award.decision.reason}</span>
                <br />
                <small>
                  <When ctx={ctx} at={award.decision.at} />
                </small>
              </dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
