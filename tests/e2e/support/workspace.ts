import { expect, type Page } from '@playwright/test';

export const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

export async function openSection(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('navigation', { name: 'Workshop sections' }).getByRole('link', { name, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
}

export async function addProject(page: Page, p: { reference: string; title: string; donor: string; partners: string }): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a new project' }).or(page.locator('form', { has: page.getByRole('heading', { name: 'Add a new project' }) }));
  await form.getByRole('textbox', { name: 'Reference code' }).fill(p.reference);
  await form.getByRole('textbox', { name: 'Donor' }).fill(p.donor);
  await form.getByRole('textbox', { name: 'Project title' }).fill(p.title);
  await form.getByRole('textbox', { name: 'Partner organisations' }).fill(p.partners);
  await form.getByRole('button', { name: 'Add and link project' }).click();
  await expect(page.getByRole('status')).toHaveText(`Project ${p.reference} added and linked.`);
}

export async function addSession(page: Page, s: { title: string; kind: string; start: string; minutes: number }): Promise<void> {
  const form = page.getByRole('form', { name: 'New session' });
  await form.getByRole('textbox', { name: 'Session title' }).fill(s.title);
  await form.getByRole('combobox', { name: 'Kind' }).selectOption({ label: s.kind });
  await form.getByLabel('Start time').fill(s.start);
  await form.getByRole('spinbutton', { name: 'Duration (minutes)' }).fill(String(s.minutes));
  await form.getByRole('button', { name: 'Save session' }).click();
  await expect(form.getByRole('textbox', { name: 'Session title' })).toHaveValue('');
}

export async function addOrganisation(page: Page, o: { name: string; acronym: string; country: string; kind: string; role: string }): Promise<void> {
  const form = page.getByRole('form', { name: 'Add organisation' });
  await form.getByRole('textbox', { name: 'Organisation name' }).fill(o.name);
  await form.getByRole('textbox', { name: 'Acronym' }).fill(o.acronym);
  await form.getByRole('combobox', { name: 'Country' }).selectOption({ label: o.country });
  await form.getByRole('combobox', { name: 'Kind' }).selectOption({ label: o.kind });
  await form.getByRole('combobox', { name: 'Partner role' }).selectOption({ label: o.role });
  await form.getByRole('button', { name: 'Save organisation' }).click();
  await expect(form.getByRole('textbox', { name: 'Organisation name' })).toHaveValue('');
}

/** Fast entry: the name, then Enter; the name field is ready for the next person. */
export async function addParticipant(page: Page, p: { name: string; org: string; role?: string; gender?: string; consent?: boolean }): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a participant' });
  await form.getByRole('combobox', { name: 'Organisation' }).selectOption({ label: p.org });
  if (p.role) await form.getByRole('textbox', { name: 'Role' }).fill(p.role);
  if (p.gender) await form.getByRole('combobox', { name: 'Gender' }).selectOption({ label: p.gender });
  if (p.consent) await form.getByRole('checkbox', { name: 'Agrees to be named in reports' }).check();
  const name = form.getByRole('textbox', { name: 'Name or pseudonym' });
  await name.fill(p.name);
  await name.press('Enter');
  await expect(name).toHaveValue('');
  await expect(name).toBeFocused();
}

export async function addNote(page: Page, n: { session: string; kind: string; text: string; who?: string; capacities?: string[] }): Promise<void> {
  const form = page.getByRole('form', { name: 'New note' });
  await form.getByRole('combobox', { name: 'Session' }).selectOption({ label: n.session });
  await form.getByRole('combobox', { name: 'Kind' }).selectOption({ label: n.kind });
  await form.getByRole('combobox', { name: 'Who said it' }).selectOption({ label: n.who ?? 'Not recorded' });
  if (n.capacities?.length) {
    const details = form.locator('details');
    if (!((await details.getAttribute('open')) !== null)) await details.locator('summary').click();
    for (const c of n.capacities) await form.getByRole('checkbox', { name: c }).check();
  }
  const text = form.getByRole('textbox', { name: 'Note', exact: true });
  await text.fill(n.text);
  await text.press('Enter');
  await expect(text).toHaveValue('');
  await expect(text).toBeFocused();
}
