import { ALL_GRADES } from '../../core/grades/grades';

interface Props {
  value: string | null;
  onChange: (event: Event) => void;
  ariaLabel?: string;
}

/** "Minimum grade": any, or one of the Admiralty grades A1…F6; the caller reads the event's value ('' for any). */
export function MinimumGradeSelect({ value, onChange, ariaLabel }: Props) {
  return (
    <label>
      Minimum grade{' '}
      <select aria-label={ariaLabel} value={value ?? ''} onChange={onChange}>
        <option value="">any</option>
        {ALL_GRADES.map((g) => (
          <option key={g} value={g}>
            {g}
          </option>
        ))}
      </select>
    </label>
  );
}
