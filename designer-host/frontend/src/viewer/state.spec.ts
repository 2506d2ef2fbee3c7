import { describe, expect, it } from 'vitest';
import { markersFor } from './state';

describe('markersFor', () => {
  it('gives each element one marker, incidents first', () => {
    const markers = markersFor({ activeNodeIds: ['Assess'], completedNodeIds: ['Start', 'Assess'], takenFlowIds: ['f1'], incidentNodeIds: ['Rules'] });
    expect(Object.fromEntries(markers)).toEqual({ f1: 'pw-taken', Start: 'pw-completed', Assess: 'pw-active', Rules: 'pw-incident' });
  });

  it('accepts a partial state', () => {
    expect(markersFor({}).size).toBe(0);
  });
});
