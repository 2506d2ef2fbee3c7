// Time left to a deadline, kept current while the page is open. The server renders the same
// words (TimeLeft.Describe) so the page reads right without script; this only keeps it ticking.
export function describe(minutes: number): string {
  const total = Math.floor(Math.abs(minutes));
  const days = Math.floor(total / 1440);
  const hours = Math.floor(total / 60);
  const text =
    total >= 1440 ? `${days} d ${hours % 24} h` : total >= 60 ? `${hours} h ${total % 60} min` : `${total} min`;
  return minutes < 0 ? `Overdue by ${text}` : `${text} left`;
}

export function tick(root: ParentNode, now: number): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-countdown]')) {
    const due = Date.parse(element.dataset.countdown ?? '');
    if (Number.isNaN(due)) continue;
    element.textContent = describe((due - now) / 60000);
  }
}

export function startCountdowns(root: Document = document): void {
  if (!root.querySelector('[data-countdown]')) return;
  tick(root, Date.now());
  window.setInterval(() => tick(root, Date.now()), 15000);
}
