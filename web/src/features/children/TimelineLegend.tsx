import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fillOf } from './settingStyle.ts';
import { MarkShape } from './TimelineDrawing.tsx';
import type { MarkKind } from './timelineModel.ts';

/** The legend in words, each with a small swatch of what it names in the drawing. */
export function TimelineLegend({ settings, marks }: { settings: string[]; marks: MarkKind[] }) {
  const { m, label } = useI18n();
  const markWords: Record<MarkKind, string> = {
    finding: m.child.legendFinding,
    order: m.work.legendOrder,
    pastHearing: m.work.legendPastHearing,
    hearing: m.child.legendHearing,
  };
  return (
    <div className="hearth-legend">
      <h3 className="font-sans-sm margin-bottom-1">{m.child.legend}</h3>
      <ul className="usa-list usa-list--unstyled hearth-legend__items">
        <Item swatch={<rect x={1} y={3} width={18} height={12} fill="#f0f0f0" stroke="#1b1b1b" />}>
          {m.child.legendRemoval}
        </Item>
        {settings.map((s) => (
          <Item key={s} swatch={<rect x={1} y={3} width={18} height={12} fill={fillOf(s)} />}>
            {label('placementSetting', s)}
          </Item>
        ))}
        <Item swatch={<path d="M 10 15 l -6 -9 h 12 z" fill="#1b1b1b" />}>{m.child.legendEntered}</Item>
        {marks.map((k) => (
          <Item key={k} swatch={<MarkShape kind={k} x={10} y={9} />}>
            {markWords[k]}
          </Item>
        ))}
      </ul>
    </div>
  );
}

function Item({ swatch, children }: { swatch: ReactNode; children: ReactNode }) {
  return (
    <li className="hearth-legend__item">
      <svg aria-hidden="true" focusable="false" width={20} height={18} viewBox="0 0 20 18">
        {swatch}
      </svg>
      <span>{children}</span>
    </li>
  );
}
