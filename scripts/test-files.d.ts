// Types of test-files.js for the test that checks it.

export function listTestFiles(roots: string[], options?: { noBrowser?: boolean }): string[];
export function databaseReach(file: string): string[] | null;
