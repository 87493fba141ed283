// The codec endpoint of the Temporal Web UI and CLI (Temporal's codec-server protocol): the UI posts the
// payloads of a history it shows to /decode and gets them back readable, and posts what a person types (a
// signal's input) to /encode. Decoded payloads hold personal data, so only HR may call it. The browser
// calls it from the UI's origin, hence CORS for the configured origins, with the headers the UI sends.
import cors from 'cors';
import type { RequestHandler } from 'express';
import { ValueError, type Payload } from '@temporalio/common';
import { z } from 'zod';
import { badRequest } from '../../commands/errors';
import { route } from '../route';
import type { AppDeps } from '../app';

export const CODEC_BASE = '/api/v1/codec';

/** A payload in proto JSON: metadata values and data in base64. */
const jsonPayload = z
  .object({
    metadata: z.record(z.string(), z.base64()).nullish(),
    data: z.base64().nullish(),
  })
  .strict();
const payloads = z.object({ payloads: z.array(jsonPayload).max(10_000) }).strict();
type JsonPayload = z.infer<typeof jsonPayload>;

const fromJson = ({ metadata, data }: JsonPayload): Payload => ({
  metadata: Object.fromEntries(Object.entries(metadata ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64')])),
  data: Buffer.from(data ?? '', 'base64'),
});

const toJson = ({ metadata, data }: Payload): JsonPayload => ({
  metadata: Object.fromEntries(
    Object.entries(metadata ?? {}).map(([k, v]) => [k, Buffer.from(v).toString('base64')]),
  ),
  data: Buffer.from(data ?? new Uint8Array()).toString('base64'),
});

/** Preflight and response headers for the Temporal UI's origins (it sends X-Namespace and, when told to, a token). */
export function codecCors(origins: string[]): RequestHandler {
  return cors({
    origin: origins,
    methods: ['POST'],
    allowedHeaders: ['authorization', 'content-type', 'x-namespace'],
    credentials: true,
    maxAge: 600,
  });
}

export function codecRoutes({ payloadCodec }: AppDeps) {
  const operation = (direction: 'decode' | 'encode', summary: string) =>
    route({
      method: 'post',
      path: `${CODEC_BASE}/${direction}`,
      operationId: `${direction}Payloads`,
      summary,
      tags: ['codec'],
      roles: ['hr'],
      body: payloads,
      responses: {
        200: { description: `The payloads, ${direction}d, in the same order`, schema: payloads },
        400: { description: 'A payload that cannot be decrypted (unknown key id, tampered data)' },
      },
      handler: async ({ body }) => {
        try {
          const out = await payloadCodec[direction](body.payloads.map(fromJson));
          return { body: { payloads: out.map(toJson) } };
        } catch (err) {
          if (err instanceof ValueError)
            throw badRequest(err.message, [{ path: 'body.payloads', message: err.message }]);
          throw err;
        }
      },
    });
  return [
    operation('decode', 'Decrypts Temporal payloads for the Temporal Web UI or CLI (codec-server protocol)'),
    operation('encode', 'Encrypts Temporal payloads for the Temporal Web UI or CLI (codec-server protocol)'),
  ];
}
