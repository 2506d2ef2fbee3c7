import { getPathwayAttr } from '../../pathway-moddle';
import type { ModdleNode, RuleFactory } from './types';

/** A lane's pathway:role, else its name, is the default role of the user tasks in it (as the server reads it). */
function inNamedLane(node: ModdleNode): boolean {
  for (let scope = node.$parent; scope; scope = scope.$parent) {
    for (const laneSet of scope.laneSets ?? []) {
      const lanes: ModdleNode[] = [...(laneSet.lanes ?? [])];
      while (lanes.length > 0) {
        const lane = lanes.pop()!;
        if ((lane.flowNodeRef ?? []).includes(node) && (getPathwayAttr(lane, 'role') || lane.name?.trim())) return true;
        lanes.push(...(lane.childLaneSet?.lanes ?? []));
      }
    }
  }
  return false;
}

const userTaskRole: RuleFactory = () => ({
  check(node, reporter) {
    if (node.$instanceOf('bpmn:UserTask') && !getPathwayAttr(node, 'role') && !inNamedLane(node)) {
      reporter.report(node.id!, 'User task has no role', ['pathway:role']);
    }
  }
});

export default userTaskRole;
