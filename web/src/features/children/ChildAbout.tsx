import type { ChildRecord } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Section } from '../cases/Section.tsx';

/** Who the child is and where they live now: everyone who may open the child sees this much. */
export function ChildAbout({ child }: { child: ChildRecord }) {
  const { m, fmt, label } = useI18n();
  const p = child.currentPlacement;
  return (
    <Section id="child-about" title={m.child.about}>
      <dl className="hearth-details">
        <dt>{m.child.age}</dt>
        <dd>{child.age === null ? m.child.unknown : m.child.ageYears(child.age)}</dd>
        <dt>{m.child.born}</dt>
        <dd>{child.birthDate ? fmt.longDate(child.birthDate) : m.child.unknown}</dd>
        <dt>{m.child.language}</dt>
        <dd>{languageName(child.primaryLanguage, fmt.locale)}</dd>
        <dt>{m.child.county}</dt>
        <dd>{child.county ?? m.child.unknown}</dd>
        <dt>{m.child.placement}</dt>
        <dd>
          {p
            ? m.child.placementSince(
                [label('placementSetting', p.setting), p.providerName].filter(Boolean).join(': '),
                fmt.date(p.startDate),
              )
            : m.child.noPlacement}
        </dd>
      </dl>
    </Section>
  );
}

/** A language code ("es", "en-US") in words of the reader's language; anything else as recorded. */
function languageName(language: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}
