// The document stage's section of the status page, while the candidate's document window is open: every
// document the cycle asks (its type, its limit, whether it is uploaded and how large), an upload form per
// kind (multipart, works without JavaScript) and the form that submits them with the references of the
// files shown. A refusal is shown beside the form it is about.
import type { RecruitmentCommands } from '../../commands/recruitment/commands';
import { formatBytes } from '../../domain/recruitment/documents';
import { formatInstant } from '../../domain/time';
import { CsrfField, FieldError, type PageContext } from '../layout';

export type DocumentsData = Awaited<ReturnType<RecruitmentCommands['listDocuments']>>;

/** A refusal beside one kind's upload form, or beside the submit button (no kind). */
export interface DocumentsError {
  kind?: string;
  message: string;
}

const typeName = (contentType: string) => (contentType === 'image/jpeg' ? 'JPEG' : 'PDF');

export function DocumentsSection(props: { ctx: PageContext; data: DocumentsData; error?: DocumentsError }) {
  const { ctx, data, error } = props;
  const { t } = ctx;
  const ready = data.documents.every((d) => !d.required || d.file);
  return (
    <section aria-labelledby="documents-heading" id="documents">
      <h2 id="documents-heading">{t('candidate.documents')}</h2>
      <p>{t('candidate.documents.intro')}</p>
      {data.documents.map((d) => {
        const field = `file-${d.kind}`;
        const label = d.label[ctx.lang];
        const failed = error?.kind === d.kind ? error : undefined;
        const hint = `${field}-hint`;
        return (
          <form
            method="post"
            action="/candidate/documents/upload"
            enctype="multipart/form-data"
            key={d.kind}
            class="document"
          >
            <h3>{label}</h3>
            <CsrfField ctx={ctx} />
            <input type="hidden" name="kind" value={d.kind} />
            <p class="hint" id={hint}>
              {t('candidate.documents.rule', {
                type: d.accepts.map(typeName).join('/'),
                max: formatBytes(d.maxBytes),
                required: d.required,
              })}
              {'. '}
              <span id={`${d.kind}-state`}>
                {d.file
                  ? t('candidate.documents.uploaded', {
                      size: formatBytes(d.file.size),
                      at: formatInstant(d.file.uploadedAt, ctx.lang),
                    })
                  : t('candidate.documents.missing')}
              </span>
            </p>
            <label for={field}>{t('candidate.documents.file', { label })}</label>
            <FieldError id={`${field}-error`} message={failed?.message} />
            <input
              id={field}
              name="file"
              type="file"
              required
              accept={d.accepts.join(',')}
              aria-describedby={failed ? `${hint} ${field}-error` : hint}
              aria-invalid={failed ? 'true' : undefined}
            />
            <button type="submit">
              {d.file ? t('candidate.documents.replace') : t('candidate.documents.upload')}
            </button>
          </form>
        );
      })}
      <form method="post" action="/candidate/documents/submit">
        <CsrfField ctx={ctx} />
        {data.documents.map((d) =>
          d.file ? (
            <input type="hidden" name={`ref-${d.kind}`} value={d.file.reference} key={d.kind} />
          ) : null,
        )}
        <FieldError id="documents-error" message={error && !error.kind ? error.message : undefined} />
        {!ready && <p class="hint">{t('candidate.documents.notReady')}</p>}
        <button type="submit">{t('candidate.documents.submit')}</button>
      </form>
    </section>
  );
}
