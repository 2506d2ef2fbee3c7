// A locality just added has its policy checked in the background; the Policy page says
// "Checking policy…" meanwhile. This asks the server for the page again every few seconds and
// reloads once no check is still going, so whoever waits sees the results without a reload.

/** Whether a Policy page (as HTML) still shows a locality being checked. */
export function stillChecking(html: string): boolean {
  return new DOMParser().parseFromString(html, 'text/html').querySelector('[data-policy-checking]') !== null;
}

export function watchPolicyChecks(root: Document = document, everyMs = 3000): void {
  if (!root.querySelector('[data-policy-checking]')) return;
  const timer = window.setInterval(async () => {
    try {
      const response = await fetch(window.location.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
      if (response.ok && !stillChecking(await response.text())) {
        window.clearInterval(timer);
        window.location.reload();
      }
    } catch {
      // The server was out of reach for a moment: ask again next time.
    }
  }, everyMs);
}
