// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'solid-js/web';
import { DEFAULT_TUOC } from '../../../../../src/shared/framework/default-tuoc.ts';
import type { FrameworkDocument } from '../../../../../src/shared/framework/schema.ts';
import { duplicateFramework } from '../../../../../src/app/features/frameworks/framework-edit.ts';
import { FrameworkOrigin } from '../../../../../src/app/features/frameworks/FrameworkOrigin.tsx';
import { setLocale } from '../../../../../src/app/i18n/index.ts';

let dispose = () => {};
afterEach(async () => {
  dispose();
  document.body.replaceChildren();
  await setLocale('en', { remember: false });
});

function lines(framework: FrameworkDocument): string[] {
  const root = document.createElement('div');
  document.body.append(root);
  dispose = render(() => <FrameworkOrigin framework={framework} />, root);
  return [...root.querySelectorAll('p')].map((p) => p.textContent ?? '');
}

describe('the origin of a framework, where a facilitator looks at it', () => {
  it('names the built-in TUOC framework’s source and which of its texts are the published names and which our own', () => {
    expect(lines(DEFAULT_TUOC)).toEqual([
      'Source: Trade Union Organisational Capacity tool (TUOC-tool), TUDCN / HIVA – KU Leuven, 2019.',
      'Kept as published: names of the groups and names of the items scored.',
      'Our own wording: explanations, questions to think about, answer scale, and external factors.',
    ]);
  });

  it('shows the source in the reader’s language, its title as published', async () => {
    await setLocale('fr', { remember: false });
    expect(lines(DEFAULT_TUOC)).toEqual([
      'Source : Trade Union Organisational Capacity tool (TUOC-tool), TUDCN / HIVA – KU Leuven, 2019.',
      'Repris tels que publiés : noms des groupes et noms des critères évalués.',
      'Formulés par nous : explications, pistes de réflexion, échelle de réponse et facteurs externes.',
    ]);
  });

  it('says an adapted copy is adapted from the source, claiming none of its names', () => {
    const copy = duplicateFramework(DEFAULT_TUOC, 'TUOC for port workers', new Set(['tuoc']));
    expect(copy.origin).toEqual({ ...DEFAULT_TUOC.origin, published: [] });
    expect(DEFAULT_TUOC.origin?.published).toEqual(['groups', 'items']);
    expect(lines(copy)).toEqual(['Adapted from Trade Union Organisational Capacity tool (TUOC-tool), TUDCN / HIVA – KU Leuven, 2019.']);
  });

  it('lists as our own only the kinds of text a framework holds, links an https source, and says nothing without a source', () => {
    const bare: FrameworkDocument = {
      ...DEFAULT_TUOC,
      groups: DEFAULT_TUOC.groups.map((g) => ({ ...g, items: g.items.map(({ id, label }) => ({ id, label })) })),
      factors: [],
      origin: { title: { en: 'A guide' }, publisher: { en: 'A network' }, year: 2020, url: 'https://example.org/guide', published: ['items'] },
    };
    expect(lines(bare)).toEqual([
      'Source: A guide, A network, 2020. https://example.org/guide',
      'Kept as published: names of the items scored.',
      'Our own wording: names of the groups and answer scale.',
    ]);
    const link = document.querySelector('a')!;
    expect([link.getAttribute('href'), link.getAttribute('rel')]).toEqual(['https://example.org/guide', 'noopener noreferrer']);
    const { origin: _none, ...unsourced } = DEFAULT_TUOC;
    expect(lines(unsourced)).toEqual([]);
  });
});
