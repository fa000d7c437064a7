// CI's dependency audit: fails on a known high or critical vulnerability in a production dependency.
// When the registry's audit service cannot be reached it warns and passes, unless LEDE_AUDIT_STRICT=on.
//   node scripts/audit.js
import { spawnSync } from 'node:child_process';
import { auditVerdict } from './audit-verdict.js';

const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], {
  encoding: 'utf8',
  timeout: 120_000,
});
let report = null;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = { message: run.error?.message ?? (run.stderr.trim().split('\n').pop() || 'no output') };
}
const { verdict, message } = auditVerdict(report);
if (verdict === 'fail') {
  console.error(`audit: FAILED: ${message}; see \`npm audit --omit=dev\``);
  process.exit(1);
}
if (verdict === 'warn') {
  const strict = process.env.LEDE_AUDIT_STRICT === 'on';
  console.warn(`audit: WARNING: ${message}; dependencies were not checked`);
  process.exit(strict ? 1 : 0);
}
console.log(`audit: ${message}`);
