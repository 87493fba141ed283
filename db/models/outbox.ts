// The email outbox: one document per message, keyed by the idempotency key (workflow id + step), written
// before the message is sent, so a retried or replayed step finds it and never mails twice.
import { Schema, type Connection, type InferSchemaType } from 'mongoose';

const outboxSchema = new Schema(
  {
    _id: { type: String, required: true }, // the idempotency key
    template: { type: String, required: true },
    language: { type: String, required: true },
    // Sealed (runtime/field-crypto.ts): the address and the body, which names the recipient.
    to: { type: String, required: true },
    subject: { type: String, required: true },
    text: { type: String, required: true },
    html: { type: String, required: true },
    /** The application whose personal link the body holds, without its token (signed at send time). */
    linkFor: { type: String },
    status: { type: String, enum: ['pending', 'sent', 'failed'], required: true, index: true },
    // Written once, when the message is sent or refused for good: FerretDB rewrites a whole document on
    // every update, so a second writer (an attempt that outlived its timeout) must have nothing else to write.
    attempt: { type: Number }, // the activity attempt that delivered it (or was refused)
    smtpMessageId: { type: String },
    sentAt: { type: Date },
    failedAt: { type: Date },
    failure: { type: String }, // the SMTP server's refusal, addresses masked
    erasedAt: { type: Date }, // retention emptied to, subject and the bodies
  },
  { timestamps: true, versionKey: false },
);

export type OutboxMessage = InferSchemaType<typeof outboxSchema>;

export function outboxModel(conn: Connection) {
  return conn.model('OutboxMessage', outboxSchema, 'outbox');
}
