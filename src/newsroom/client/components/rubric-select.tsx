// The rubric of a story for those who may not add rubrics: a choice among the edition's rubrics
// ("Parent / Child" for a sub-rubric), never a new name.

export function RubricSelect(props: {
  id: string;
  testId?: string;
  value: string;
  choices: string[];
  placeholder: string;
  disabled?: boolean;
  required?: boolean;
  lang?: string;
  /** What a choice reads as (the interface language's name beside the edition's). */
  labelOf?: (value: string) => string;
  onChange: (value: string) => void;
}) {
  // A story filed under a rubric the list no longer has (renamed, hidden) keeps it on show.
  const choices =
    props.value !== '' && !props.choices.includes(props.value)
      ? [props.value, ...props.choices]
      : props.choices;
  return (
    <select
      id={props.id}
      data-testid={props.testId}
      disabled={props.disabled}
      required={props.required}
      lang={props.lang}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
    >
      <option value="" disabled>
        {props.placeholder}
      </option>
      {choices.map((name) => (
        <option value={name} key={name}>
          {props.labelOf ? props.labelOf(name) : name}
        </option>
      ))}
    </select>
  );
}
