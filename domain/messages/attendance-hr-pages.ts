// SCAFFOLD: the texts of issue 13's pages, filled in with them.
import type { Section } from './catalogue';

export const attendanceHrPageMessages = {} satisfies Section;
