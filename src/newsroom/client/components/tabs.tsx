// A row of tabs (role tablist): one button per choice, the chosen one marked selected.

export interface TabsProps<T extends string> {
  choices: readonly T[];
  value: T;
  label: (choice: T) => string;
  onChange: (choice: T) => void;
}

export function Tabs<T extends string>({ choices, value, label, onChange }: TabsProps<T>) {
  return (
    <div class="tabs" role="tablist">
      {choices.map((name) => (
        <button
          type="button"
          role="tab"
          key={name}
          aria-selected={value === name}
          class={value === name ? 'tab is-active' : 'tab'}
          onClick={() => onChange(name)}
        >
          {label(name)}
        </button>
      ))}
    </div>
  );
}
