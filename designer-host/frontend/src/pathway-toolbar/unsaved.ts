// A diagram that could not be saved because the session ended is kept in this browser and saved
// after signing in again; nothing else is kept, so leaving on purpose discards the changes.

export interface UnsavedDiagram { key: string; locality: string; xml: string; keptAt: string }

const SLOT = 'pathway.designer.unsaved';

export function keepUnsaved(storage: Storage, diagram: UnsavedDiagram): void {
  storage.setItem(SLOT, JSON.stringify(diagram));
}

export function takeUnsaved(storage: Storage): UnsavedDiagram | undefined {
  const text = storage.getItem(SLOT);
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<UnsavedDiagram>;
    if (typeof value.xml === 'string' && typeof value.key === 'string' && typeof value.locality === 'string')
      return { key: value.key, locality: value.locality, xml: value.xml, keptAt: String(value.keptAt ?? '') };
  } catch {
    // A slot that does not parse is dropped below; there is nothing to recover from it.
  }
  storage.removeItem(SLOT);
  return undefined;
}

export function forgetUnsaved(storage: Storage): void {
  storage.removeItem(SLOT);
}

/** Where to sign in so the designer comes back and saves what it kept. */
export const resumeAfterSignIn = `/account/login?returnUrl=${encodeURIComponent('/designer?resume=true')}`;
