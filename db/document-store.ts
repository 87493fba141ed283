// The uploaded documents' storage: GridFS (the driver's GridFSBucket, bucket `documents`), one file per
// upload named `<applicationId>/<kind>`, holding the bytes as sealed by the caller and the metadata
// beside them. The newest file of a name is the current one: a replacement is stored first and the older
// ones are removed after it, so a crash between the two leaves the new file current and the old one to be
// removed by the next upload or by retention. Reads and writes go by name (GridFS's own index) and id.
import { Readable } from 'node:stream';
import mongoose, { type Types } from 'mongoose';
import type { Models } from './connection';
import { DOCUMENTS_BUCKET, type DocumentFileRecord } from './models/documents';

export interface DocumentMetadata {
  applicationId: string;
  kind: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: Date;
  keyId: string;
}

export type StoredDocument = DocumentFileRecord & { metadata: DocumentMetadata };

const fileName = (applicationId: string, kind: string) => `${applicationId}/${kind}`;
/** Every name of an application's files: `<id>/…` ('0' follows '/'). */
const namesOf = (applicationId: string) => ({ $gte: `${applicationId}/`, $lt: `${applicationId}0` });

export function documentStore(models: Models) {
  const bucket = () =>
    new mongoose.mongo.GridFSBucket(models.documentFiles.db.db!, { bucketName: DOCUMENTS_BUCKET });
  // Read when used: the routes are also built on placeholder models (npm run api-types).
  const files = () => models.documentFiles;

  /** Removes the files of `filter` through GridFS (each file and its chunks). */
  async function remove(filter: object): Promise<number> {
    const gone = await files().find(filter, { _id: 1 }).lean();
    for (const f of gone) {
      await bucket()
        .delete(f._id)
        .catch((err: unknown) => {
          // Removed meanwhile by another request: what was asked is done.
          if (!(err instanceof mongoose.mongo.MongoRuntimeError)) throw err;
        });
    }
    return gone.length;
  }

  return {
    /** The application's current file of each kind (the newest of each name). */
    async list(applicationId: string): Promise<Map<string, StoredDocument>> {
      const all = await files()
        .find({ filename: namesOf(applicationId) })
        .sort({ _id: -1 })
        .lean<StoredDocument[]>();
      const current = new Map<string, StoredDocument>();
      for (const f of all) if (!current.has(f.metadata.kind)) current.set(f.metadata.kind, f);
      return current;
    },

    async current(applicationId: string, kind: string): Promise<StoredDocument | null> {
      return files()
        .findOne({ filename: fileName(applicationId, kind) })
        .sort({ _id: -1 })
        .lean<StoredDocument>();
    },

    /** Stores a sealed file as the current one of its kind, then removes the older ones of that kind. */
    async store(sealed: Buffer, metadata: DocumentMetadata): Promise<Types.ObjectId> {
      const name = fileName(metadata.applicationId, metadata.kind);
      const upload = bucket().openUploadStream(name, { metadata });
      await new Promise<void>((resolve, reject) => {
        Readable.from([sealed]).pipe(upload).on('finish', resolve).on('error', reject);
      });
      // Only older ones: two replacements at once both keep the newer of the two.
      await remove({ filename: name, _id: { $lt: upload.id } });
      return upload.id;
    },

    /** The sealed bytes of one file. */
    async read(id: Types.ObjectId): Promise<Buffer> {
      const parts: Buffer[] = [];
      for await (const chunk of bucket().openDownloadStream(id)) parts.push(chunk as Buffer);
      return Buffer.concat(parts);
    },

    /** Removes every file of an application (retention's erasure); how many there were. */
    removeAll: (applicationId: string) => remove({ filename: namesOf(applicationId) }),
  };
}

export type DocumentStore = ReturnType<typeof documentStore>;
