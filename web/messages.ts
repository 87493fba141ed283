// The pages' texts live in the one message catalogue (domain/messages, section pages.ts). Kept only for the
// staff pages' imports (web/staff/), which point here until they move to domain/messages too.
export { translator, type MessageKey, type Translate } from '../domain/messages';
