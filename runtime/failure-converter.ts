// Failures in histories: an error's message and stack trace can quote what the code was given (a name, an
// address in an SMTP reply), so they go into the failure's encoded attributes, a payload that the payload
// codec encrypts like every other; the history shows only "Encoded failure". Loaded by path: by the
// clients and the worker, and bundled into the workflow code, where the workflows' own failures are made.
import { DefaultFailureConverter } from '@temporalio/common';

export const failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
