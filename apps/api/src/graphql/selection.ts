import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/** Whether the query selects a field named one of `names` anywhere below the field being resolved (fragments followed). */
export function selectsAnyOf(info: GraphQLResolveInfo, names: readonly string[]): boolean {
  const followed = new Set<string>();
  const search = (set: SelectionSetNode | undefined): boolean =>
    set?.selections.some((selection) => {
      if (selection.kind === Kind.FIELD)
        return names.includes(selection.name.value) || search(selection.selectionSet);
      if (selection.kind === Kind.INLINE_FRAGMENT) return search(selection.selectionSet);
      if (followed.has(selection.name.value)) return false;
      followed.add(selection.name.value);
      return search(info.fragments[selection.name.value]?.selectionSet);
    }) ?? false;
  return info.fieldNodes.some((node) => search(node.selectionSet));
}
