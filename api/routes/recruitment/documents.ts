// The candidate's documents over HTTP: the candidate uploads each kind as the raw body (PUT, replacing
// what was there), the candidate and HR list them and download each one. The file's declared type only
// lets the body in; the command checks its bytes. Submitting them is POST …/documents (applications.ts).
import { z } from 'zod';
import type { RecruitmentCommands } from '../../../commands/recruitment/commands';
import { documentDownloadHeaders } from '../../../commands/recruitment/documents';
import {
  documentFormats,
  documentKinds,
  documentMaxBytesCeiling,
} from '../../../domain/recruitment/documents';
import { route } from '../../route';
import { BASE, idParams, notFound, tags } from './shared';

const contentTypes = Object.values(documentFormats);
const kindParams = idParams.extend({
  kind: z.enum(documentKinds, { error: `kind must be one of ${documentKinds.join(', ')}` }),
});

const fileView = z.object({
  reference: z.string().describe('The stored file; a submission names it'),
  contentType: z.enum(contentTypes).describe('Sniffed from the bytes'),
  size: z.number().int(),
  sha256: z.string().describe('SHA-256 of the file (hex)'),
  uploadedAt: z.string(),
});
const uploaded = fileView.extend({
  kind: z.enum(documentKinds),
  unchanged: z.boolean().describe('The same bytes were already the current file: nothing was stored'),
});
const documentsList = z.object({
  applicationId: z.string(),
  windowOpen: z.boolean().describe('Whether the candidate may upload now'),
  documents: z.array(
    z.object({
      kind: z.enum(documentKinds),
      label: z.object({ id: z.string(), en: z.string() }),
      accepts: z.array(z.enum(contentTypes)),
      maxBytes: z.number().int(),
      required: z.boolean(),
      file: fileView.nullable(),
    }),
  ),
});

export function documentRoutes(commands: RecruitmentCommands) {
  return [
    route({
      method: 'get',
      path: `${BASE}/applications/:id/documents`,
      operationId: 'listRecruitmentDocuments',
      summary: "The documents the application's cycle asks, each with its limits and the file uploaded",
      tags,
      roles: ['candidate', 'hr'],
      params: idParams,
      responses: { 200: { description: 'The documents', schema: documentsList }, ...notFound('application') },
      handler: async ({ params, principal }) => ({
        body: await commands.listDocuments(principal!, params.id),
      }),
    }),
    route({
      method: 'put',
      path: `${BASE}/applications/:id/documents/:kind/file`,
      operationId: 'uploadRecruitmentDocument',
      summary:
        'The candidate uploads one document as the body during the document window; the same bytes again change nothing, others replace it',
      tags,
      roles: ['candidate'],
      params: kindParams,
      fileBody: { contentTypes, limit: documentMaxBytesCeiling },
      responses: {
        200: { description: 'Stored (or already stored)', schema: uploaded },
        ...notFound('application'),
        409: { description: 'The document window is not open for this application' },
      },
      handler: async ({ params, principal, req }) => ({
        body: await commands.uploadDocument(principal!, params.id, params.kind, req.body as Buffer),
      }),
    }),
    route({
      method: 'get',
      path: `${BASE}/applications/:id/documents/:kind/file`,
      operationId: 'downloadRecruitmentDocument',
      summary: 'One uploaded document (the candidate their own, HR any), as an attachment',
      tags,
      roles: ['candidate', 'hr'],
      params: kindParams,
      responses: {
        200: { description: 'The file (Content-Disposition: attachment)', fileTypes: contentTypes },
        404: { description: 'No such application, or no file of this kind uploaded' },
      },
      handler: async ({ params, principal }) => {
        const doc = await commands.readDocument(principal!, params.id, params.kind);
        return { body: doc.bytes, headers: documentDownloadHeaders(params.kind, doc.contentType) };
      },
    }),
  ];
}
