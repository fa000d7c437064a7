// Types of audit-verdict.js for the test that checks it.

export function auditVerdict(report: unknown): {
  verdict: 'pass' | 'warn' | 'fail';
  message: string;
};
