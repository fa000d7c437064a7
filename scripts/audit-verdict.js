// What `npm audit --json` means for CI: fail on high or critical advisories, warn when the audit service cannot answer.

/**
 * `report` is the parsed output of `npm audit --omit=dev --json`. Returns `fail` with the
 * vulnerable packages when one is of high or critical severity, `warn` when npm could not ask the
 * registry's audit service (no answer, or an error answer: a mirror without the audit endpoint),
 * `pass` otherwise.
 */
export function auditVerdict(report) {
  if (!report || typeof report !== 'object' || !report.metadata?.vulnerabilities) {
    const why = report?.message ?? report?.error?.summary ?? 'no audit report';
    return { verdict: 'warn', message: `the audit service did not answer (${why})` };
  }
  const bad = Object.values(report.vulnerabilities ?? {})
    .filter((v) => v.severity === 'high' || v.severity === 'critical')
    .map((v) => `${v.name} (${v.severity})`);
  if (bad.length > 0)
    return {
      verdict: 'fail',
      message: `production dependencies with known high-severity vulnerabilities: ${bad.join(', ')}`,
    };
  const { low = 0, moderate = 0 } = report.metadata.vulnerabilities;
  return {
    verdict: 'pass',
    message: `no high or critical advisories (${low} low, ${moderate} moderate)`,
  };
}
