import type { ElementError } from '../shared/api';

const MARKER = 'pw-server-error';

/** Shows the server reader's findings on the diagram: a red marker and a numbered badge per element. */
export class ServerErrors {
  static $inject = ['canvas', 'overlays', 'elementRegistry', 'eventBus'];
  private marked: string[] = [];

  constructor(private canvas: any, private overlays: any, private elementRegistry: any, eventBus: any) {
    eventBus.on('import.done', () => this.clear());
  }

  show(errors: ElementError[]): void {
    this.clear();
    errors.forEach((error, index) => {
      if (!error.elementId || !this.elementRegistry.get(error.elementId)) return;
      const badge = document.createElement('span');
      badge.className = 'pw-error-badge';
      badge.textContent = String(index + 1);
      badge.title = [error.code, error.message].filter(Boolean).join(': ');
      this.canvas.addMarker(error.elementId, MARKER);
      this.overlays.add(error.elementId, MARKER, { position: { top: -10, left: -10 }, html: badge });
      this.marked.push(error.elementId);
    });
  }

  /** Selects and scrolls to an element named in an error, if it is on the diagram. */
  reveal(elementId: string): boolean {
    const element = this.elementRegistry.get(elementId);
    if (!element) return false;
    this.canvas.scrollToElement(element);
    return true;
  }

  clear(): void {
    for (const id of this.marked) {
      if (this.elementRegistry.get(id)) this.canvas.removeMarker(id, MARKER);
    }
    this.overlays.remove({ type: MARKER });
    this.marked = [];
  }
}
