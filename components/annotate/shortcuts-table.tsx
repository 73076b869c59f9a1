import { SHORTCUTS } from "@/components/annotate/shortcut-list";

export function ShortcutsTable() {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Keyboard shortcuts</caption>
      <tbody className="divide-y divide-slate-100">
        {SHORTCUTS.map((shortcut) => (
          <tr key={shortcut.action}>
            <th scope="row" className="w-20 py-1.5 pr-3 text-left font-normal">
              {shortcut.keys.map((key) => (
                <kbd key={key} className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs">{key}</kbd>
              ))}
            </th>
            <td className="py-1.5 text-slate-700">{shortcut.action}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
