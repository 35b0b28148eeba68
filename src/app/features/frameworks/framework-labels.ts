import { frameworkItems, localisedWithFallback, type FrameworkDocument } from '../../../shared/framework/schema.ts';
import { translatedText } from '../../i18n/translated-text.ts';
import { locale } from '../../i18n/index.ts';

/** A framework's item, group, dimension and external-factor names in the reader's language (else in English, saying so; else the id). */
export function frameworkLabels(framework: () => FrameworkDocument) {
  const text = (x: Record<string, string> | undefined) => translatedText(localisedWithFallback(x, locale()));
  return {
    item: (id: string) => text(frameworkItems(framework()).find((i) => i.id === id)?.label) || id,
    group: (id: string) => text(framework().groups.find((g) => g.id === id)?.label) || id,
    factor: (id: string) => text(framework().factors.find((f) => f.id === id)?.label) || id,
    dimension: (id: string) => text(framework().dimensions?.find((d) => d.id === id)?.label) || id,
  };
}
