/** What the host says about one case: where it is, where it has been, and what went wrong. */
export interface CaseDiagramState {
  activeNodeIds: string[];
  completedNodeIds: string[];
  takenFlowIds: string[];
  incidentNodeIds: string[];
}

/** Marker class for each element id; an incident outranks active, which outranks completed. */
export function markersFor(state: Partial<CaseDiagramState>): Map<string, string> {
  const markers = new Map<string, string>();
  const put = (ids: string[] | undefined, marker: string) => ids?.forEach(id => markers.set(id, marker));
  put(state.takenFlowIds, 'pw-taken');
  put(state.completedNodeIds, 'pw-completed');
  put(state.activeNodeIds, 'pw-active');
  put(state.incidentNodeIds, 'pw-incident');
  return markers;
}
