// A small group of mutually exclusive choices (counts/share, day/week), as pressed buttons.
export function SegmentedControl<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: Array<{ value: T; text: string }>;
  onChange: (value: T) => void;
}) {
  return (
    <div role="group" aria-label={label} className="inline-flex rounded-md ring-1 ring-inset ring-slate-300">
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={value === option.value}
          onClick={() => onChange(option.value)}
          className="px-2 py-1 text-xs font-medium text-slate-600 first:rounded-l-md last:rounded-r-md hover:bg-slate-50 aria-pressed:bg-slate-800 aria-pressed:text-white"
        >
          {option.text}
        </button>
      ))}
    </div>
  );
}
