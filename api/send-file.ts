// A prepared file (an export, a printed announcement: commands/recruitment/exports.ts) streamed into the
// response as it is read from the database, as an attachment with a safe name (codes only). The API's
// routes and HR's pages send files this one way.
import type { Request, Response } from 'express';
import type { PreparedFile } from '../commands/recruitment/exports';

/** Streams `file`; a failure after the first byte cuts the response short (and is logged without data). */
export async function sendPreparedFile(file: PreparedFile, req: Request, res: Response): Promise<void> {
  res.status(200);
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  try {
    await file.write(res);
  } catch (err) {
    if (!res.headersSent) throw err;
    req.log.warn({ file: file.fileName, err: (err as Error).message }, 'a file stopped while being sent');
    res.destroy(err as Error);
  }
}
