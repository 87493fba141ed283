// Which errors mean a dependency is down (503 with Retry-After) rather than a bug (500).
import { runInNewContext } from 'node:vm';
import { outageOf } from '../../../api/outage';

const named = (name: string, message = 'x', cause?: unknown) =>
  Object.assign(new Error(message, { cause }), { name });
const grpc = (code: number) =>
  Object.assign(new Error('14 UNAVAILABLE: No connection established'), {
    code,
    details: 'No connection established',
    metadata: {},
  });

describe('outage of a dependency', () => {
  it('calls a failed server selection a database outage', () => {
    expect(outageOf(named('MongooseServerSelectionError'))).toBe('database');
    expect(outageOf(named('MongoNetworkError'))).toBe('database');
  });

  it("calls mongoose's buffering timeout a database outage", () => {
    expect(
      outageOf(named('MongooseError', 'Operation `cycles.find()` buffering timed out after 10000ms')),
    ).toBe('database');
  });

  it("calls Node's bare EPIPE, as the MongoDB driver reports a write to a killed server, a database outage", () => {
    const epipe = Object.assign(new Error('This socket has been ended by the other party'), {
      code: 'EPIPE',
    });
    expect(outageOf(epipe)).toBe('database');
    expect(outageOf(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }))).toBe('database');
  });

  it("calls an EPIPE from another realm (Node's own, as the API sees it under Jest) a database outage", () => {
    const foreign: unknown = runInNewContext(
      "Object.assign(new Error('This socket has been ended by the other party'), { code: 'EPIPE' })",
    );
    expect(foreign instanceof Error).toBe(false);
    expect(outageOf(foreign)).toBe('database');
  });

  it('calls gRPC UNAVAILABLE from Temporal, also as the cause of a ServiceError, a Temporal outage', () => {
    expect(outageOf(grpc(14))).toBe('Temporal');
    expect(outageOf(named('ServiceError', 'Failed to query workflow', grpc(14)))).toBe('Temporal');
  });

  it('leaves other errors alone: a gRPC NOT_FOUND, a TypeError, a MongoServerError', () => {
    expect(outageOf(grpc(5))).toBeUndefined();
    expect(outageOf(new TypeError('x is undefined'))).toBeUndefined();
    expect(outageOf(named('MongoServerError', 'E11000 duplicate key'))).toBeUndefined();
  });
});
