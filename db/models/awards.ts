// The awards read model: one record per year's round (its rules, phase and units) and one per employee on
// a unit's eligible list (their nomination and the committee's decision). Written by the awards
// activities with the round workflow's step sequence (never backwards); read by HR's desk and its export,
// the unit head's nomination page and the employee's own year.
import { Schema, type Connection, type InferSchemaType } from 'mongoose';

const awardRoundSchema = new Schema(
  {
    _id: { type: Number, required: true }, // the year
    workflowId: { type: String, required: true },
    rules: { type: Schema.Types.Mixed, required: true },
    ruleChanges: { type: [Schema.Types.Mixed], default: [] },
    /** eligibility → nomination (each nomination decided as it comes) → closed */
    phase: { type: String, required: true },
    /** Per unit with anyone eligible: its code, head and how many are eligible. */
    units: { type: [Schema.Types.Mixed], default: [] },
    openedBy: { type: String, required: true },
    openedAt: { type: Date, required: true },
    closedAt: { type: Date, default: null },
    seq: { type: Number, required: true },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

const awardSchema = new Schema(
  {
    _id: { type: String, required: true }, // `<year>/<nip>`
    year: { type: Number, required: true, index: true },
    nip: { type: String, required: true, index: true },
    name: { type: String, required: true },
    unitCode: { type: String, required: true, index: true },
    predikat: { type: String, required: true },
    /** eligible (on the list) → nominated → awarded | not-awarded */
    status: { type: String, required: true, index: true },
    /** The unit head's nomination: by (NIP), their name, reason, when. */
    nomination: { type: Schema.Types.Mixed, default: null },
    /** The committee's decision: awarded, reason, by, when. */
    decision: { type: Schema.Types.Mixed, default: null },
    seq: { type: Number, required: true },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

export type AwardRoundRecord = InferSchemaType<typeof awardRoundSchema>;
export type AwardRecord = InferSchemaType<typeof awardSchema>;

export interface AwardNominationRecord {
  byNip: string;
  byName: string;
  reason: string;
  at: string;
}
export interface AwardDecisionRecord {
  awarded: boolean;
  reason: string;
  by: string;
  at: string;
}
export interface AwardRoundUnit {
  unitCode: string;
  unitName: string;
  headNip: string | null;
  headName: string;
  eligible: number;
}

export function awardModels(conn: Connection) {
  return {
    awardRounds: conn.model('AwardRound', awardRoundSchema, 'award_rounds'),
    awards: conn.model('Award', awardSchema, 'awards'),
  };
}
