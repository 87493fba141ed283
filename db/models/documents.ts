// The candidates' uploaded documents, in GridFS (bucket `documents`: `documents.files` and
// `documents.chunks`, which MongoDB 7 and FerretDB both hold). These models only declare the two
// collections and their indexes (GridFS's own: plain, one unique) so that they exist before the first
// upload, and let retention and the tests read them; files are written and read through db/document-store.ts.
// A file's name is `<applicationId>/<kind>` (no personal data); its bytes are sealed under DATA_KEYS.
import { Schema, Types, type Connection, type InferSchemaType } from 'mongoose';

export const DOCUMENTS_BUCKET = 'documents';

const documentFileSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    length: { type: Number, required: true },
    chunkSize: { type: Number, required: true },
    uploadDate: { type: Date, required: true },
    filename: { type: String, required: true },
    metadata: {
      applicationId: String,
      kind: String,
      /** The content type sniffed from the plain bytes. */
      contentType: String,
      /** The plain file's size and SHA-256 (hex); `length` above is the sealed size. */
      size: Number,
      sha256: String,
      uploadedAt: Date,
      /** The DATA_KEYS key id that sealed it. */
      keyId: String,
    },
  },
  { versionKey: false },
);
documentFileSchema.index({ filename: 1, uploadDate: 1 });

const documentChunkSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    files_id: { type: Schema.Types.ObjectId, required: true },
    n: { type: Number, required: true },
    data: { type: Buffer, required: true },
  },
  { versionKey: false },
);
documentChunkSchema.index({ files_id: 1, n: 1 }, { unique: true });

export type DocumentFileRecord = InferSchemaType<typeof documentFileSchema> & { _id: Types.ObjectId };

export function documentModels(conn: Connection) {
  return {
    documentFiles: conn.model('DocumentFile', documentFileSchema, `${DOCUMENTS_BUCKET}.files`),
    documentChunks: conn.model('DocumentChunk', documentChunkSchema, `${DOCUMENTS_BUCKET}.chunks`),
  };
}
