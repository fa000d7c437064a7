// A labelled field for a node attribute (speaker, cite) that commits on Enter or when left.

import { CommitInput } from '../components/commit-input.js';

export interface AttrFieldProps {
  label: string;
  value: string;
  placeholder?: string;
  testId: string;
  onCommit: (value: string) => void;
}

export function AttrField({ label, value, placeholder, testId, onCommit }: AttrFieldProps) {
  return (
    <label>
      {label}
      <CommitInput value={value} placeholder={placeholder} testId={testId} onCommit={onCommit} />
    </label>
  );
}
