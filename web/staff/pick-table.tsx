// A table of applications to pick from (screening, SKD seating): a checkbox per row named for the
// candidate, their number, name (to their page) and formation, and one column of the stage's own.
import type { ComponentChildren } from 'preact';
import type { DeskApplication } from '../../commands/recruitment/stage-desk';
import type { PageContext } from '../layout';

/** How a picked application is named: its registration number, or that it has none yet. */
export const numberOf = (ctx: PageContext, a: DeskApplication) =>
  a.registrationNumber ?? ctx.t('hr.stages.screening.noNumber');

export function PickTable<A extends DeskApplication>(props: {
  ctx: PageContext;
  id: string;
  labelledBy: string;
  items: A[];
  ticked: Set<string>;
  /** The heading and the cell of the stage's own column. */
  last: { heading: string; cell: (a: A) => ComponentChildren; numeric?: boolean };
}) {
  const { ctx, id, labelledBy, items, ticked, last } = props;
  return (
    <div class="scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table id={id} class="desk">
        <thead>
          <tr>
            <th scope="col">{ctx.t('hr.stages.col.select')}</th>
            <th scope="col">{ctx.t('hr.results.number')}</th>
            <th scope="col">{ctx.t('hr.apps.name')}</th>
            <th scope="col">{ctx.t('staff.app.formation')}</th>
            <th scope="col">{last.heading}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.applicationId}>
              <td>
                <input
                  type="checkbox"
                  name="id"
                  value={a.applicationId}
                  id={`pick-${a.applicationId}`}
                  checked={ticked.has(a.applicationId)}
                  aria-label={ctx.t('hr.stages.screening.select', { name: a.name, number: numberOf(ctx, a) })}
                />
              </td>
              <td>{a.registrationNumber ?? ''}</td>
              <td>
                <a href={`/hr/recruitment/applications/${a.applicationId}`}>{a.name}</a>
              </td>
              <td>{a.formationCode}</td>
              <td class={last.numeric ? 'num' : undefined}>{last.cell(a)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
