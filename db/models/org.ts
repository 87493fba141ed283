// The organisation registry: units and employees as HR imports them (domain/org/schemas.ts). The
// reporting line (who appraises whom) is read from `supervisorNip`; a departed employee stays on file
// with `active: false` so that past years remain explained.
import { Schema, type Connection, type InferSchemaType } from 'mongoose';

const orgUnitSchema = new Schema(
  {
    _id: { type: String, required: true }, // the unit code
    code: { type: String, required: true, unique: true },
    name: { type: String, required: true },
    parentCode: { type: String, default: null },
    headNip: { type: String, default: null, index: true },
  },
  { timestamps: true, versionKey: false },
);

const employeeSchema = new Schema(
  {
    _id: { type: String, required: true }, // the NIP
    nip: { type: String, required: true, unique: true },
    name: { type: String, required: true },
    email: { type: String, required: true },
    unitCode: { type: String, required: true, index: true },
    position: { type: String, required: true },
    level: { type: String, required: true },
    functionalGrade: { type: String, default: null },
    supervisorNip: { type: String, default: null, index: true },
    active: { type: Boolean, required: true, default: true },
    leftReason: { type: String, default: null },
  },
  { timestamps: true, versionKey: false },
);

export type OrgUnitRecord = InferSchemaType<typeof orgUnitSchema>;
export type EmployeeRecord = InferSchemaType<typeof employeeSchema>;

export function orgUnitModel(conn: Connection) {
  return conn.model('OrgUnit', orgUnitSchema, 'org_units');
}

export function employeeModel(conn: Connection) {
  return conn.model('Employee', employeeSchema, 'employees');
}
