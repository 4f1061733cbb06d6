export interface TRename {
  from: string;
  to: string;
}

/**
 * Reads removed + added inputs as renames: a name that only changed case or separators
 * ("projectid" -> "project-id") always, and otherwise one removed and one added of the same type.
 * Anything less certain stays a removal plus an addition.
 */
export function pairRenames(removed: string[], added: string[], isSameType: (from: string, to: string) => boolean): TRename[] {
  const renames: TRename[] = [];
  const leftAdded = [...added];
  const leftRemoved: string[] = [];
  for (const from of removed) {
    const index = leftAdded.findIndex((to) => normalize(to) === normalize(from));
    if (index === -1) {
      leftRemoved.push(from);
      continue;
    }
    renames.push({ from, to: leftAdded[index] as string });
    leftAdded.splice(index, 1);
  }
  const [from] = leftRemoved;
  const [to] = leftAdded;
  if (leftRemoved.length === 1 && leftAdded.length === 1 && from !== undefined && to !== undefined && isSameType(from, to)) {
    renames.push({ from, to });
  }
  return renames;
}

const normalize = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");
