import type { ReactNode } from 'react';

type Props = {
  type: 'error' | 'warning' | 'info' | 'success';
  heading?: string;
  children?: ReactNode;
  /** Announce it at once (for errors that appear after an action). */
  live?: boolean;
  slim?: boolean;
};

/** The USWDS alert. */
export function Alert({ type, heading, children, live = false, slim = false }: Props) {
  return (
    <div
      className={`usa-alert usa-alert--${type}${slim ? ' usa-alert--slim' : ''} margin-y-2`}
      role={live ? 'alert' : undefined}
    >
      <div className="usa-alert__body">
        {heading && <h2 className="usa-alert__heading">{heading}</h2>}
        {children && <div className="usa-alert__text">{children}</div>}
      </div>
    </div>
  );
}
