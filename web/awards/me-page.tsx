// `/me/awards`: an employee's own awards (nominated, awarded or not, with the reasons), and for a unit head
// each open nomination of their unit: the criteria, the quota and the due date, the unit's eligible list,
// and a form with one nomination per quota place (an employee from the list and a reason). The form posts
// to the same command as the API (commands/appraisal/awards.ts: only the head of that unit by the
// registry, within the quota, from the list); a refusal is said beside its field and nothing changes.
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { Problem } from '../../commands/errors';
import type { AwardCommands, AwardView, OpenNomination } from '../../commands/appraisal/awards';
import type { Principal } from '../../domain/actor';
import { MAX_QUOTA_PER_UNIT, qualifyingPredikat } from '../../domain/appraisal/award-rules';
import { predikatNames, type Predikat } from '../../domain/appraisal/rule-sets';
import { unitCodeSchema } from '../../domain/org/schemas';
import { textLimits } from '../../domain/text';
import { When } from '../candidate/pages';
import { pageContext } from '../context';
import { CsrfField, FieldError, Layout, type PageContext } from '../layout';
import { sendPage } from '../render';
import { redirectWithNotice, takeNotice } from '../session';
import { AwardSection } from './award-section';

const slots = Array.from({ length: MAX_QUOTA_PER_UNIT }, (_, i) => i + 1);

/** A refusal of one unit's form: the slot's field (or the whole form) and why, with what was typed. */
export interface NominationError {
  unitCode: string;
  field: string; // `nip<n>`, `reason<n>` or `form`
  message: string;
  values: Record<string, string>;
}

export interface MeAwardsData {
  mine: AwardView[];
  nominations: OpenNomination[];
  notice?: string;
  error?: NominationError;
}

function NominationForm(props: { ctx: PageContext; n: OpenNomination; error?: NominationError }) {
  const { ctx, n } = props;
  const error = props.error?.unitCode === n.unitCode ? props.error : undefined;
  const open = n.eligible.filter((e) => e.status === 'eligible');
  const places = slots.slice(0, Math.min(n.rules.criteria.quotaPerUnit, open.length));
  const id = `u-${n.unitCode}`;
  const errorOf = (f: string) => (error?.field === f ? error.message : undefined);
  const valueOf = (f: string) => error?.values[f] ?? '';
  return (
    <article aria-labelledby={`${id}-h`} class="nomination">
      <h2 id={`${id}-h`}>{ctx.t('awards.me.nominate', { year: n.year, unit: n.unitName })}</h2>
      <p>
        {ctx.t('awards.criteria', {
          predikat: qualifyingPredikat(n.rules, ctx.lang),
          years: n.rules.criteria.yearsInARow,
          quota: n.rules.criteria.quotaPerUnit,
        })}
      </p>
      <p>
        {ctx.t('awards.due')}: <When ctx={ctx} at={n.dueAt} />
        {n.overdue && <strong class="overdue"> {ctx.t('staff.task.overdue')}</strong>}
      </p>
      <h3 id={`${id}-list`}>{ctx.t('awards.me.eligible')}</h3>
      <div class="scroll" role="region" aria-labelledby={`${id}-list`} tabIndex={0}>
        <table class="decided" id={`${id}-eligible`}>
          <thead>
            <tr>
              <th scope="col">{ctx.t('awards.nip')}</th>
              <th scope="col">{ctx.t('awards.name')}</th>
              <th scope="col">{ctx.t('awards.predikat')}</th>
              <th scope="col">{ctx.t('awards.status')}</th>
            </tr>
          </thead>
          <tbody>
            {n.eligible.map((e) => (
              <tr key={e.nip}>
                <td>{e.nip}</td>
                <th scope="row">{e.name}</th>
                <td>{predikatNames[e.predikat as Predikat] ?? e.predikat}</td>
                <td>{ctx.t(`awards.status.${e.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form method="post" action="/me/awards" class="decision">
        <CsrfField ctx={ctx} />
        <input type="hidden" name="year" value={String(n.year)} />
        <input type="hidden" name="unit" value={n.unitCode} />
        <p class="hint">{ctx.t('awards.me.hint')}</p>
        <FieldError id={`${id}-form-error`} message={errorOf('form')} />
        {places.map((i) => (
          <fieldset key={i}>
            <legend>{ctx.t('awards.me.slot', { n: i })}</legend>
            <label for={`${id}-nip${i}`}>{ctx.t('awards.me.employee')}</label>
            <select
              id={`${id}-nip${i}`}
              name={`nip${i}`}
              aria-invalid={errorOf(`nip${i}`) ? 'true' : undefined}
              aria-describedby={errorOf(`nip${i}`) ? `${id}-nip${i}-error` : undefined}
            >
              <option value="">{ctx.t('awards.me.choose')}</option>
              {open.map((e) => (
                <option key={e.nip} value={e.nip} selected={valueOf(`nip${i}`) === e.nip}>
                  {`${e.name} (${e.nip})`}
                </option>
              ))}
            </select>
            <FieldError id={`${id}-nip${i}-error`} message={errorOf(`nip${i}`)} />
            <label for={`${id}-reason${i}`}>{ctx.t('awards.reason')}</label>
            <textarea
              id={`${id}-reason${i}`}
              name={`reason${i}`}
              maxLength={textLimits.reason}
              rows={3}
              aria-invalid={errorOf(`reason${i}`) ? 'true' : undefined}
              aria-describedby={errorOf(`reason${i}`) ? `${id}-reason${i}-error` : undefined}
            >
              {valueOf(`reason${i}`)}
            </textarea>
            <FieldError id={`${id}-reason${i}-error`} message={errorOf(`reason${i}`)} />
          </fieldset>
        ))}
        <button type="submit">{ctx.t('awards.me.send')}</button>
      </form>
    </article>
  );
}

export function MeAwardsPage({ ctx, data }: { ctx: PageContext; data: MeAwardsData }) {
  const { mine, nominations, notice, error } = data;
  const atForm = !!error && nominations.some((n) => n.unitCode === error.unitCode);
  return (
    <Layout ctx={ctx} title={ctx.t('awards.title')} home="/me">
      <p>
        <a href="/me">{ctx.t('awards.me.back')}</a>
      </p>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {error && !atForm && (
        <p class="error" role="alert" id="form-error">
          {error.message}
        </p>
      )}
      {nominations.length === 0 ? (
        <p id="no-nominations">{ctx.t('awards.me.noNominations')}</p>
      ) : (
        nominations.map((n) => (
          <NominationForm key={`${n.year}/${n.unitCode}`} ctx={ctx} n={n} error={error} />
        ))
      )}
      <h2 id="mine">{ctx.t('awards.me.mine')}</h2>
      {mine.length === 0 ? (
        <p>{ctx.t('awards.me.none')}</p>
      ) : (
        mine.map((a) => <AwardSection key={a.year} ctx={ctx} award={a} headingLevel={3} />)
      )}
    </Layout>
  );
}

/** The form as it arrives: bounded strings only; anything else is a forged form. */
const nominationForm = z.strictObject({
  _csrf: z.string().max(200),
  year: z.string().max(4),
  unit: z.string().max(40),
  ...Object.fromEntries(slots.map((i) => [`nip${i}`, z.string().max(40).optional()])),
  ...Object.fromEntries(
    slots.map((i) => [
      `reason${i}`,
      z
        .string()
        .max(4 * textLimits.reason)
        .optional(),
    ]),
  ),
}) as z.ZodType<Record<string, string | undefined>>;

export function meAwardsRoutes(deps: {
  awards: AwardCommands;
  secure: boolean;
  me: (req: Request, res: Response) => Principal | undefined;
}): Router {
  const router = express.Router();
  const ctxOf = (req: Request, res: Response) => pageContext(req, res, { secure: deps.secure, form: true });

  async function render(
    req: Request,
    res: Response,
    principal: Principal,
    extra: { notice?: string; error?: NominationError },
    status = 200,
  ) {
    const [mine, nominations] = await Promise.all([
      deps.awards.myAwards(principal),
      deps.awards.openNominations(principal),
    ]);
    sendPage(res, <MeAwardsPage ctx={ctxOf(req, res)} data={{ mine, nominations, ...extra }} />, status);
  }

  router.get('/awards', async (req, res) => {
    const principal = deps.me(req, res);
    if (!principal) return;
    const notice = takeNotice(req);
    await render(req, res, principal, notice ? { notice } : {});
  });

  router.post('/awards', async (req, res) => {
    const principal = deps.me(req, res);
    if (!principal) return;
    const ctx = ctxOf(req, res);
    const form = nominationForm.safeParse(req.body);
    const values = form.success
      ? (Object.fromEntries(Object.entries(form.data).filter(([k]) => k !== '_csrf')) as Record<
          string,
          string
        >)
      : {};
    const unit = unitCodeSchema.safeParse(values.unit);
    const year = z.coerce.number().int().min(2020).max(2100).safeParse(values.year);
    const refuse = (field: string, message: string, status = 400) =>
      render(
        req,
        res,
        principal,
        { error: { unitCode: unit.success ? unit.data : '', field, message, values } },
        status,
      );
    if (!form.success || !unit.success || !year.success)
      return await refuse('form', ctx.t('awards.me.noSuchUnit'));
    // The filled places, in order; a reason without an employee (or the reverse) is said beside it.
    const nominations: { nip: string; reason: string }[] = [];
    const slotOf: number[] = [];
    for (const i of slots) {
      const nip = (values[`nip${i}`] ?? '').trim();
      const reason = (values[`reason${i}`] ?? '').trim();
      if (!nip && !reason) continue;
      if (!nip) return await refuse(`nip${i}`, ctx.t('awards.me.chooseEmployee'));
      if (!reason) return await refuse(`reason${i}`, ctx.t('awards.reasonRequired'));
      if (reason.length > textLimits.reason)
        return await refuse(`reason${i}`, ctx.t('awards.reasonTooLong', { max: textLimits.reason }));
      nominations.push({ nip, reason });
      slotOf.push(i);
    }
    try {
      await deps.awards.nominate(principal, { year: year.data, unitCode: unit.data, nominations });
    } catch (err) {
      if (!(err instanceof Problem)) throw err;
      // A field of the command's refusal (`body.nominations.<k>.nip`) is put beside its place.
      const path = err.errors?.[0]?.path ?? '';
      const k = /^body\.nominations\.(\d+)\.(nip|reason)$/.exec(path);
      const field = k ? `${k[2]}${slotOf[Number(k[1])] ?? 1}` : 'form';
      const message =
        err.status === 403 || err.status === 404
          ? ctx.t('awards.me.noSuchUnit')
          : ctx.t('awards.refused', { detail: err.errors?.[0]?.message ?? err.detail ?? err.title });
      return await refuse(field, message, err.status);
    }
    await redirectWithNotice(
      req,
      res,
      ctx.t('awards.me.sent', { unit: unit.data, count: nominations.length }),
      '/me/awards',
    );
  });
  return router;
}
