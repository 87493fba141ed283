// What the test worker bundles: every production workflow plus the small harness workflows that
// exercise shared workflow mechanisms on their own.
export * from '../../workflows';
export * from './harness/deadline-harness';
