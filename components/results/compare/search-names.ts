/**
 * The name each search goes by on the compare screen: its keyword, and when several finished searches share a
 * keyword, a number after it, oldest first ("steam deck (1)", "steam deck (2)"). The picker and the charts use the
 * same names, so a legend entry always says which ticked search it is.
 */
export function searchNames(searches: { id: string; keyword: string; createdAt: string }[]): Map<string, string> {
  const byKeyword = new Map<string, { id: string; createdAt: string }[]>();
  for (const { id, keyword, createdAt } of searches) byKeyword.set(keyword, [...(byKeyword.get(keyword) ?? []), { id, createdAt }]);
  const names = new Map<string, string>();
  for (const [keyword, group] of byKeyword) {
    if (group.length === 1) {
      names.set(group[0]!.id, keyword);
      continue;
    }
    const oldestFirst = [...group].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    oldestFirst.forEach(({ id }, index) => names.set(id, `${keyword} (${index + 1})`));
  }
  return names;
}
