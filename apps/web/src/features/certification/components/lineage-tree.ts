import type { MentorLineageQuery } from '../../../gql/graphql';

export type LineageMember = MentorLineageQuery['mentorLineage']['members'][number];

export interface LineageNode {
  member: LineageMember;
  /** 1 for the earliest generation shown */
  generation: number;
  children: LineageNode[];
}

/**
 * The lineage as a tree from the earliest mentors down: a mentee's parent is their mentor. A person with several
 * mentors hangs under the first one; several earliest mentors give several roots.
 */
export function lineageTree(members: LineageMember[]): LineageNode[] {
  const lowest = Math.min(0, ...members.map((member) => member.generation));
  const nodes = new Map<string, LineageNode>(
    members.map((member) => [member.userId, { member, generation: member.generation - lowest + 1, children: [] }]),
  );
  const parentOf = new Map<string, string>();
  for (const member of members) {
    if (!member.linkedToId) continue;
    if (member.generation > 0) {
      // A mentee: linked to their mentor.
      if (!parentOf.has(member.userId)) parentOf.set(member.userId, member.linkedToId);
    } else if (member.generation < 0) {
      // A mentor: linked to their mentee, who hangs under them.
      if (!parentOf.has(member.linkedToId)) parentOf.set(member.linkedToId, member.userId);
    }
  }
  const roots: LineageNode[] = [];
  for (const [userId, node] of nodes) {
    const parent = parentOf.get(userId);
    const parentNode = parent ? nodes.get(parent) : undefined;
    if (parentNode) parentNode.children.push(node);
    else roots.push(node);
  }
  return roots;
}
