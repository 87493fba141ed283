// The one message catalogue: the pages' texts and the emails', in one keyed table (sections by where they
// are read), and `translator(lang)` for a reader's language. A missing key, or a value of the wrong type,
// does not compile.
import type { Language } from '../language';
import { appraisalEmailMessages } from './appraisal-emails';
import { attendanceEmailMessages } from './attendance-emails';
import { auditMessages } from './audit';
import { awardMessages } from './awards';
import { hrCycleMessages } from './hr-cycles';
import { hrStagesMessages } from './hr-stages';
import { hrTaskMessages } from './hr-tasks';
import { translatorOf, type TranslateIn } from './catalogue';
import { hrDashboardMessages } from './hr-dashboard';
import { hrExportMessages } from './hr-exports';
import { hrEvidenceMessages } from './hr-evidence';
import { meMessages } from './me-pages';
import { pageMessages } from './pages';
import { recruitmentEmailMessages } from './recruitment-emails';
import { hrAppraisalMessages } from './hr-appraisal';
import { trainingEmailMessages } from './training-emails';
import { attendanceMePageMessages } from './attendance-me-pages';
import { attendanceHrPageMessages } from './attendance-hr-pages';
import { trainingPageMessages } from './training-pages';

/** The sections, by where their texts are read (a unit test refuses a key written in two of them). */
export const sections = {
  pageMessages,
  hrExportMessages,
  recruitmentEmailMessages,
  appraisalEmailMessages,
  auditMessages,
  hrDashboardMessages,
  hrEvidenceMessages,
  hrStagesMessages,
  hrTaskMessages,
  hrCycleMessages,
  meMessages,
  hrAppraisalMessages,
  awardMessages,
  attendanceEmailMessages,
  trainingEmailMessages,
  attendanceMePageMessages,
  attendanceHrPageMessages,
  trainingPageMessages,
};

export const messages = {
  ...pageMessages,
  ...hrExportMessages,
  ...recruitmentEmailMessages,
  ...appraisalEmailMessages,
  ...auditMessages,
  ...hrDashboardMessages,
  ...hrEvidenceMessages,
  ...hrStagesMessages,
  ...hrTaskMessages,
  ...hrCycleMessages,
  ...meMessages,
  ...hrAppraisalMessages,
  ...awardMessages,
  ...attendanceEmailMessages,
  ...trainingEmailMessages,
  ...attendanceMePageMessages,
  ...attendanceHrPageMessages,
  ...trainingPageMessages,
};

export type Messages = typeof messages;
export type MessageKey = keyof Messages;
export type Translate = TranslateIn<Messages>;

export const translator = (lang: Language): Translate => translatorOf(messages, lang);
