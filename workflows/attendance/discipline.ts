// A disciplinary case for unexcused absence (PP 94/2021, RULES 3.1), workflow ID
// `discipline/<year>/<nip>/<band>`, opened by the count when an employee's days reach a band. It reads
// like the regulation: the case opens and the employee is told; the direct superior summons the employee,
// records the examination, and proposes the band's sanction (or none, with the reason, when the
// examination shows the days were excused). Each step has its deadline, reminder and escalations (the
// superior's superior, then HR); the decision is audited with its reason; the employee is emailed at each
// step. Workflow code: deterministic, no I/O.
import { allHandlersFinished, condition, workflowInfo } from '@temporalio/workflow';
import { attendanceRuleSet, bandByCode, type SanctionCode } from '../../domain/attendance/rule-sets';
import { acts } from '../lib/activities';
import { attendanceSteps } from './human-task';
import type { DisciplineCaseInput } from './messages';

interface Summons {
  appointmentAt: string;
  place: string;
  note?: string;
}
interface Decision {
  sanction: SanctionCode | 'none';
  reason: string;
}

export async function disciplineCase(
  input: DisciplineCaseInput,
): Promise<{ sanction: SanctionCode | 'none' }> {
  const { year, nip, ruleSetId } = input;
  const rules = attendanceRuleSet(ruleSetId);
  const band = bandByCode(rules, input.band)!;
  const wf = workflowInfo().workflowId;
  let seq = 0;
  const next = () => ++seq;
  const { st, humanTask } = attendanceSteps(wf, nip, next, {
    year,
    check: (type, value) => {
      const s = (value as Decision).sanction;
      if (type === 'discipline-decision' && s !== 'none' && s !== band.sanction)
        throw new Error(
          `payload.sanction: the band ${band.code} calls for ${band.sanction} (or none, with the reason)`,
        );
    },
  });
  const step = (s: 'opened' | 'summoned' | 'examined' | 'decided' | 'escalated', more: object = {}) =>
    acts.recordCaseStep({
      workflowId: wf,
      seq: next(),
      year,
      nip,
      band: band.code,
      ruleSetId,
      step: s,
      ...more,
    });
  const tellEmployee = (key: string, to: string, name: string, data: object) =>
    acts.sendEmail({
      key: `${wf}/${key}`,
      to,
      template: 'disciplineCaseNotice',
      data: { employeeName: name, year, ...data },
    } as Parameters<typeof acts.sendEmail>[0]);
  const escalated = (type: string, to: string) => step('escalated', { payload: { type, to } });

  // 1. The case opens: recorded and audited, the employee told; the superior's task says what to do.
  await step('opened', { days: input.days });
  const summons = await humanTask<Summons>('discipline-summons', 'summons', rules.discipline.summons, {
    announce: async (t, key, p) => {
      if (key === 'opened')
        await tellEmployee('opened', p.subject.email, p.subject.name, { step: 'opened', days: input.days });
      await acts.sendEmail({
        key: `${wf}/summons/${key}`,
        to: t.assignee.email,
        template: 'disciplineCaseOpened',
        data: {
          superiorName: t.assignee.name,
          employeeName: p.subject.name,
          year,
          days: input.days,
          sanction: band.sanction,
          dueAt: t.dueAt,
        },
      });
    },
    escalated,
  });
  // 2. The summons (surat panggilan).
  st.stage = 'summoned';
  await step('summoned', { payload: summons.value, actor: summons.actor });
  const who = summons.prepared.subject;
  await tellEmployee('summoned', who.email, who.name, {
    step: 'summoned',
    appointmentAt: summons.value.appointmentAt,
    place: summons.value.place,
  });
  // 3. The examination (berita acara pemeriksaan).
  const exam = await humanTask<object>(
    'discipline-examination',
    'examination',
    rules.discipline.examination,
    {
      announce: () => Promise.resolve(),
      escalated,
    },
  );
  st.stage = 'examined';
  await step('examined', { payload: exam.value, actor: exam.actor });
  await tellEmployee('examined', who.email, who.name, { step: 'examined' });
  // 4. The proposed sanction of the band, audited with its reason.
  const decision = await humanTask<Decision>('discipline-decision', 'decision', rules.discipline.decision, {
    announce: () => Promise.resolve(),
    escalated,
  });
  st.stage = 'decided';
  await step('decided', { payload: decision.value, actor: decision.actor });
  await tellEmployee('decided', who.email, who.name, {
    step: 'decided',
    sanction: decision.value.sanction,
    reason: decision.value.reason,
  });
  await condition(allHandlersFinished);
  return { sanction: decision.value.sanction };
}
