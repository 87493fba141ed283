// An employee's development records over HTTP: entering one (it goes to the superior to verify), reading
// them, the certificate as a raw body (its type checked from its bytes), the verification, and HR's import
// of a CSV or XLSX file (all rows or none, every bad row by line). Each is a command of commands/training.
import { z } from 'zod';
import type { TrainingCommands } from '../../../commands/training/commands';
import { CERTIFICATE_MAX_BYTES, certificateTypes } from '../../../commands/training/records';
import { IMPORT_MAX_BYTES } from '../../../commands/training/imports';
import { tableContentTypes } from '../../../commands/files/tables';
import { trainingRecordInputSchema, verificationSchema } from '../../../domain/training/schemas';
import { route } from '../../route';
import { BASE, employeeParams, notFound, recordParams, recordView, tags } from './shared';

export function recordRoutes(commands: TrainingCommands) {
  return [
    route({
      method: 'post',
      path: `${BASE}/records`,
      operationId: 'enterTrainingRecord',
      summary:
        'Enters a record of development (the employee their own; HR for `nip`): it awaits the superior’s verification. The same entry again is the same record',
      tags,
      roles: ['employee', 'supervisor', 'hr'],
      body: trainingRecordInputSchema,
      responses: {
        201: { description: 'The record as it stands', schema: recordView },
        ...notFound('employee'),
        409: { description: "The year's entries have closed" },
      },
      handler: async ({ body, principal }) => ({
        status: 201,
        body: await commands.enterRecord(principal!, body),
      }),
    }),
    route({
      method: 'get',
      path: `${BASE}/:year/employees/:nip/records`,
      operationId: 'listTrainingRecords',
      summary: "An employee's records of a year (the employee, their superiors, HR)",
      tags,
      roles: ['employee', 'supervisor', 'hr'],
      params: employeeParams,
      responses: {
        200: { description: 'The records', schema: z.object({ records: z.array(recordView) }) },
        ...notFound('employee'),
      },
      handler: async ({ params, principal }) => ({
        body: { records: await commands.listRecords(principal!, params.year, params.nip) },
      }),
    }),
    route({
      method: 'get',
      path: `${BASE}/records/:id`,
      operationId: 'getTrainingRecord',
      summary: 'One record (the employee, their superiors, HR)',
      tags,
      roles: ['employee', 'supervisor', 'hr'],
      params: recordParams,
      responses: { 200: { description: 'The record', schema: recordView }, ...notFound('record') },
      handler: async ({ params, principal }) => ({ body: await commands.getRecord(principal!, params.id) }),
    }),
    route({
      method: 'put',
      path: `${BASE}/records/:id/certificate`,
      operationId: 'uploadTrainingCertificate',
      summary:
        'The certificate of a pending record, as the body (PDF, JPEG or PNG by its bytes; at most 2 MB)',
      tags,
      roles: ['employee', 'supervisor', 'hr'],
      params: recordParams,
      fileBody: { contentTypes: certificateTypes, limit: CERTIFICATE_MAX_BYTES },
      responses: {
        200: { description: 'Stored (the same bytes again change nothing)', schema: recordView },
        ...notFound('record'),
        409: { description: 'The record is already decided' },
      },
      handler: async ({ params, principal, req }) => ({
        body: await commands.uploadCertificate(principal!, params.id, req.body as Buffer),
      }),
    }),
    route({
      method: 'get',
      path: `${BASE}/records/:id/certificate`,
      operationId: 'downloadTrainingCertificate',
      summary: "A record's certificate (the employee, their superiors, HR), as an attachment",
      tags,
      roles: ['employee', 'supervisor', 'hr'],
      params: recordParams,
      responses: {
        200: { description: 'The file', fileTypes: certificateTypes },
        ...notFound('record or certificate'),
      },
      handler: async ({ params, principal }) => {
        const c = await commands.readCertificate(principal!, params.id);
        return {
          body: c.bytes,
          headers: {
            'Content-Type': c.contentType,
            'Content-Disposition': `attachment; filename="sertifikat-${params.id}"`,
            'X-Content-Type-Options': 'nosniff',
          },
        };
      },
    }),
    route({
      method: 'post',
      path: `${BASE}/records/:id/verification`,
      operationId: 'verifyTrainingRecord',
      summary:
        "The superior (the task's assignee) or HR verifies or rejects a pending record (the task closes); a decided one is refused",
      tags,
      roles: ['supervisor', 'hr'],
      params: recordParams,
      body: verificationSchema,
      responses: {
        200: {
          description: 'Decided',
          schema: z.object({ id: z.string(), status: z.enum(['pending', 'verified', 'rejected']) }),
        },
        ...notFound('record'),
        409: { description: 'The record is not awaiting verification' },
      },
      handler: async ({ params, body, principal }) => ({
        body: await commands.verifyRecord(principal!, params.id, body),
      }),
    }),
    route({
      method: 'post',
      path: `${BASE}/imports`,
      operationId: 'importTrainingRecords',
      summary:
        'HR imports records (CSV or XLSX as the body; columns NIP, JENIS, JUDUL, PENYELENGGARA, TANGGAL_MULAI, TANGGAL_SELESAI, JP or MENIT): all rows verified by HR, or none while any row is bad (each named by line)',
      tags,
      roles: ['hr'],
      fileBody: {
        contentTypes: [tableContentTypes.xlsx, 'text/csv', 'application/octet-stream'],
        limit: IMPORT_MAX_BYTES,
      },
      responses: {
        200: {
          description: 'Imported',
          schema: z.object({
            rows: z.number().int(),
            created: z.number().int(),
            unchanged: z.number().int(),
          }),
        },
        400: { description: 'The file has bad rows: `errors` names each by `file.line.<n>[.<column>]`' },
      },
      handler: async ({ principal, req }) => ({
        body: await commands.importRecords(principal!, req.body as Buffer),
      }),
    }),
  ];
}
