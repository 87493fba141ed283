// The candidate's documents (the document stage): uploading one file per kind while the window is open,
// listing and reading them (the candidate their own, HR every one), and submitting them (the workflow's
// `submitDocuments` Update with the stored files as references). An upload is checked against the cycle's
// document rules (its kind, its size, the content type its bytes show), sealed under DATA_KEYS, stored in
// GridFS and audited; a refused one stores nothing. The API and the pages both call these.
import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import { documentStore, type StoredDocument } from '../../db/document-store';
import type { Principal } from '../../domain/actor';
import {
  checkDocument,
  documentFormats,
  documentKindOf,
  documentList,
  documentRulesOf,
  documentWindowOpen,
  type DocumentKind,
  type DocumentRules,
} from '../../domain/recruitment/documents';
import type { ApplicationStatus } from '../../domain/recruitment/stages';
import { submitDocuments } from '../../workflows/recruitment/messages';
import { sniffContentType } from '../../runtime/content-type';
import { badRequest, conflict, forbidden, notFound, Problem } from '../errors';
import { candidateActor, mayTouchApplication, records, step, type RecruitmentDeps } from './context';

/** A stored file as its readers see it; `reference` is what a submission names. */
export interface DocumentFileView {
  reference: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

const viewOf = (f: StoredDocument): DocumentFileView => ({
  reference: f._id.toHexString(),
  contentType: f.metadata.contentType,
  size: f.metadata.size,
  sha256: f.metadata.sha256,
  uploadedAt: new Date(f.metadata.uploadedAt).toISOString(),
});

/** A refusal of an upload that names the field it is about (`body` in the API, the file on a page). */
const refusal = (status: number, title: string, detail: string) =>
  new Problem(status, title, detail, [{ path: 'body', message: detail }]);

export function documentCommands(deps: RecruitmentDeps) {
  const store = documentStore(deps.models);
  const { applicationOrThrow, cycleOrThrow } = records(deps);
  const clock = deps.clock ?? (() => new Date());

  const windowOpen = (app: { status: string; deadlines?: unknown }) =>
    documentWindowOpen(
      app as { status: ApplicationStatus; deadlines?: Record<string, string> },
      clock().getTime(),
    );

  async function contextOf(principal: Principal, id: string) {
    mayTouchApplication(principal, id);
    const app = await applicationOrThrow(id);
    const cycle = await cycleOrThrow(app.cycleCode);
    return { app, rules: documentRulesOf(cycle.rules as { documents?: DocumentRules }) };
  }

  function ruleOf(rules: DocumentRules, kind: string) {
    const known = documentKindOf(kind);
    if (!known)
      throw badRequest('no such document kind', [
        { path: 'params.kind', message: `kind must be one of ${Object.keys(rules).join(', ')}` },
      ]);
    return { kind: known, rule: rules[known] };
  }

  return {
    /**
     * The candidate's file of one kind, while their document window is open; the same bytes again change
     * nothing, other bytes replace the file. Only the candidate uploads (HR verifies, it does not upload).
     */
    async uploadDocument(principal: Principal, id: string, kind: string, bytes: Buffer) {
      if (principal.role !== 'candidate') throw forbidden('only the candidate uploads their documents');
      const { app, rules } = await contextOf(principal, id);
      const { kind: known, rule } = ruleOf(rules, kind);
      if (!windowOpen(app))
        throw conflict(
          `documents can be uploaded only while the document window is open; the application is ${app.status}`,
        );
      if (bytes.length === 0) throw badRequest('the file is empty', [{ path: 'body', message: 'empty' }]);
      const check = checkDocument(rule, bytes.length, await sniffContentType(bytes));
      if (!check.ok)
        throw check.status === 413
          ? refusal(413, 'Payload Too Large', check.message)
          : refusal(415, 'Unsupported Media Type', check.message);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const current = await store.current(id, known);
      if (current?.metadata.sha256 === sha256) return { kind: known, ...viewOf(current), unchanged: true };

      const sealed = deps.fields.sealBytes(bytes);
      const uploadedAt = clock();
      const fileId = await store.store(sealed.data, {
        applicationId: id,
        kind: known,
        contentType: check.contentType,
        size: bytes.length,
        sha256,
        uploadedAt,
        keyId: sealed.keyId,
      });
      const actor = candidateActor(id);
      await deps.audit.append({
        key: `${app.workflowId}/documents/${fileId.toHexString()}`,
        at: uploadedAt.toISOString(),
        actor: actor.sub,
        role: actor.role,
        action: 'application.document-uploaded',
        subject: app.workflowId,
        reason: `${known} uploaded`,
        ...(current ? { before: { kind: known, sha256: current.metadata.sha256 } } : {}),
        after: { kind: known, contentType: check.contentType, size: bytes.length, sha256 },
      });
      const stored = await store.current(id, known);
      return { kind: known, ...viewOf(stored!), unchanged: false };
    },

    /** Every document kind of the application's cycle with its rules and the file uploaded, if any. */
    async listDocuments(principal: Principal, id: string) {
      const { app, rules } = await contextOf(principal, id);
      const files = await store.list(id);
      return {
        applicationId: id,
        windowOpen: windowOpen(app),
        documents: documentList(rules).map((d) => {
          const f = files.get(d.kind);
          return {
            kind: d.kind,
            label: d.label,
            accepts: d.accepts.map((a) => documentFormats[a]),
            maxBytes: d.maxBytes,
            required: d.required,
            file: f ? viewOf(f) : null,
          };
        }),
      };
    },

    /** One document's plain bytes, for its download. */
    async readDocument(principal: Principal, id: string, kind: string) {
      const { rules } = await contextOf(principal, id);
      const { kind: known } = ruleOf(rules, kind);
      const f = await store.current(id, known);
      if (!f) throw notFound(`no ${known} has been uploaded for this application`);
      const bytes = deps.fields.openBytes(f.metadata.keyId, await store.read(f._id));
      return { kind: known, ...viewOf(f), bytes };
    },

    /**
     * Submits the uploaded files: every reference must be the current file of its kind (a page a moment
     * stale, or a file replaced meanwhile, is refused), and every required kind must be among them.
     */
    async submitDocuments(
      principal: Principal,
      id: string,
      documents: { kind: string; reference: string }[],
    ) {
      const { app, rules } = await contextOf(principal, id);
      const files = await store.list(id);
      const given = new Map<DocumentKind, string>();
      const problems: { path: string; message: string }[] = [];
      documents.forEach((d, i) => {
        const kind = documentKindOf(d.kind);
        const file = kind && files.get(kind);
        if (!kind) problems.push({ path: `body.documents.${i}.kind`, message: `no document kind ${d.kind}` });
        else if (given.has(kind))
          problems.push({ path: `body.documents.${i}.kind`, message: `${kind} is given twice` });
        else if (!file || !Types.ObjectId.isValid(d.reference) || !file._id.equals(d.reference))
          problems.push({
            path: `body.documents.${i}.reference`,
            message: file
              ? `this is not the ${kind} uploaded now; reload and submit what is uploaded`
              : `no ${kind} has been uploaded`,
          });
        else given.set(kind, d.reference);
      });
      for (const { kind, required } of documentList(rules))
        if (required && !given.has(kind) && !problems.some((p) => p.message.includes(kind)))
          problems.push({ path: 'body.documents', message: `${kind} is required: upload it first` });
      if (problems.length)
        throw new Problem(409, 'Conflict', 'the documents cannot be submitted yet', problems);
      const submitted = [...given].map(([kind, reference]) => ({ kind, reference }));
      return step(() =>
        deps.client.workflow
          .getHandle(app.workflowId)
          .executeUpdate(submitDocuments, { args: [{ documents: submitted, actor: candidateActor(id) }] }),
      );
    },
  };
}

/**
 * How a document is sent, by the API and by HR's page alike: never sniffed, never cached. By default an
 * attachment (the API's download); `inline` opens it in the browser's own viewer (HR's page), sandboxed so
 * that nothing in the file runs in our origin (the bytes were sniffed as PDF or JPEG at upload).
 */
export function documentDownloadHeaders(
  kind: string,
  contentType: string,
  options: { inline?: boolean } = {},
): Record<string, string> {
  const extension = contentType === documentFormats.pdf ? 'pdf' : 'jpg';
  return {
    'Content-Type': contentType,
    'Content-Disposition': `${options.inline ? 'inline' : 'attachment'}; filename="${kind}.${extension}"`,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    ...(options.inline ? { 'Content-Security-Policy': 'sandbox' } : {}),
  };
}
