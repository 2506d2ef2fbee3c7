// Keeps what a person typed when their session ended before the form arrived: the form is saved
// in this tab as it is sent; if the server answers with the sign-in page, the answers are put back
// into the same form once they are signed in again, for them to check and send. Nothing is kept
// longer than that round trip, and signing out forgets it.

export const StorageKey = 'pathway:pending-form';
const SignInPath = '/account/login';
const SignOutPath = '/account/logout';
const MaxAgeMs = 2 * 60 * 60 * 1000;

export interface PendingForm {
  path: string;
  fields: [string, string][];
  at: number;
  awaitingSignIn?: boolean;
}

/** The answers a form is sending, without the antiforgery token (a new session brings its own). */
export function capture(form: HTMLFormElement, now: number): PendingForm {
  const fields: [string, string][] = [];
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string' && name !== '__RequestVerificationToken') fields.push([name, value]);
  }
  return { path: location.pathname, fields, at: now };
}

/** The form on this page the saved answers belong to: the task form with the same task, else the first that has the fields. */
export function targetForm(doc: Document, pending: PendingForm): HTMLFormElement | null {
  const taskId = pending.fields.find(([name]) => name === 'taskId')?.[1];
  const forms = [...doc.querySelectorAll<HTMLFormElement>('form[method="post"], form[method="POST"]')];
  if (taskId) return forms.find((f) => (f.elements.namedItem('taskId') as HTMLInputElement | null)?.value === taskId) ?? null;
  const names = new Set(pending.fields.map(([name]) => name));
  return forms.find((f) => [...f.elements].some((e) => names.has((e as HTMLInputElement).name) && (e as HTMLInputElement).type !== 'hidden')) ?? null;
}

/** Puts the answers back: text and selects by value (in order for repeated names), boxes and radios by ticking. */
export function restore(form: HTMLFormElement, pending: PendingForm): void {
  const values = new Map<string, string[]>();
  for (const [name, value] of pending.fields) values.set(name, [...(values.get(name) ?? []), value]);
  const used = new Map<string, number>();
  for (const element of [...form.elements] as (HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement)[]) {
    const saved = values.get(element.name);
    if (!saved || element.name === '__RequestVerificationToken') continue;
    if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
      element.checked = saved.includes(element.value);
    } else if (!(element instanceof HTMLButtonElement)) {
      const index = used.get(element.name) ?? 0;
      element.value = saved[Math.min(index, saved.length - 1)];
      used.set(element.name, index + 1);
    }
  }
}

function notice(form: HTMLFormElement): void {
  const inset = document.createElement('div');
  inset.className = 'nhsuk-inset-text';
  inset.setAttribute('data-form-restored', '');
  inset.setAttribute('role', 'status');
  inset.innerHTML = '<span class="nhsuk-u-visually-hidden">Information: </span><p>Your session ended before this form was sent, so nothing was saved. Your answers have been put back: check them and send the form again.</p>';
  form.prepend(inset);
  form.scrollIntoView({ block: 'start' });
}

function read(storage: Storage): PendingForm | null {
  try {
    return JSON.parse(storage.getItem(StorageKey) ?? 'null') as PendingForm | null;
  } catch {
    return null;
  }
}

export function start(doc: Document, storage: Storage, now: () => number): void {
  doc.addEventListener('submit', (event) => {
    const form = event.target as HTMLFormElement;
    const action = new URL(form.action, location.href).pathname;
    if (form.method.toLowerCase() !== 'post' || action === SignInPath) return;
    if (action === SignOutPath) {
      storage.removeItem(StorageKey);
      return;
    }
    storage.setItem(StorageKey, JSON.stringify(capture(form, now())));
  }, true);

  const pending = read(storage);
  if (!pending) return;
  if (location.pathname === SignInPath) {
    // The form went to the sign-in page instead: keep it for when they are back.
    if (now() - pending.at < MaxAgeMs) storage.setItem(StorageKey, JSON.stringify({ ...pending, awaitingSignIn: true }));
    return;
  }
  storage.removeItem(StorageKey);
  if (!pending.awaitingSignIn || pending.path !== location.pathname) return;
  const form = targetForm(doc, pending);
  if (!form) return;
  restore(form, pending);
  notice(form);
}
