// A results file HR has previewed on a page and may now apply (commands/recruitment/result-files.ts):
// kept sealed (DATA_KEYS: it holds NIKs and names) for an hour, read and removed by `_id` alone. One
// document per file (a page's upload is at most 15 MB, under the 16 MB document limit of MongoDB and
// FerretDB); `createdAt` has a plain index for the removal of old ones.
import { Schema, type Connection, type InferSchemaType } from 'mongoose';

const stagedFileSchema = new Schema(
  {
    _id: { type: String, required: true }, // random, the page's form carries it
    cycleCode: { type: String, required: true },
    kind: { type: String, required: true },
    /** SKB: the components, as JSON. */
    components: { type: String },
    actor: { type: String, required: true },
    keyId: { type: String, required: true },
    data: { type: Buffer, required: true },
    createdAt: { type: Date, required: true, index: true },
  },
  { versionKey: false },
);

export type StagedFileRecord = InferSchemaType<typeof stagedFileSchema>;

export function stagedFileModel(conn: Connection) {
  return conn.model('StagedFile', stagedFileSchema, 'staged_files');
}
