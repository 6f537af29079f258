/**
 * A plain checkbox for selecting table rows (styled in styles.css). A Mantine Checkbox in every
 * row of a long list cost more than the rest of the row, and renders twice when it mounts.
 */
export function RowCheckbox({ label, checked, indeterminate = false, disabled, onChange }: { label: string; checked: boolean; indeterminate?: boolean; disabled?: boolean; onChange: (checked: boolean) => void }) {
  return (
    <input
      type="checkbox"
      className="row-checkbox"
      aria-label={label}
      checked={checked}
      disabled={disabled}
      // `indeterminate` is a property only, not an attribute
      ref={(input) => {
        if (input) input.indeterminate = indeterminate;
      }}
      onChange={(e) => onChange(e.currentTarget.checked)}
      onClick={(e) => e.stopPropagation()}
    />
  );
}
