// The CI dependency audit's verdict on npm audit reports: high fails, unreachable warns, low passes.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auditVerdict } from '../scripts/audit-verdict.js';

const report = (vulns: Record<string, { name: string; severity: string }>) => ({
  vulnerabilities: vulns,
  metadata: { vulnerabilities: { low: 1, moderate: 0, high: 0, critical: 0 } },
});

test('a high or critical advisory in a production dependency fails the run', () => {
  const v = auditVerdict(report({ tar: { name: 'tar', severity: 'high' } }));
  assert.equal(v.verdict, 'fail');
  assert.match(v.message, /tar \(high\)/);
  assert.equal(auditVerdict(report({ x: { name: 'x', severity: 'critical' } })).verdict, 'fail');
});

test('low and moderate advisories pass; an unreachable audit service warns', () => {
  assert.equal(auditVerdict(report({ y: { name: 'y', severity: 'low' } })).verdict, 'pass');
  const down = auditVerdict({ message: '405 Method Not Allowed', statusCode: 405 });
  assert.equal(down.verdict, 'warn');
  assert.match(down.message, /405/);
});
