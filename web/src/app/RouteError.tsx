import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useT } from '../i18n/useT';

export function RouteError() {
  const error = useRouteError();
  const t = useT();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <div className="jf-center-page">
      <h1>{t('common.error')}</h1>
      <p className="jf-error-text">{message}</p>
      <Link to="/journeys" className="jf-button">
        {t('nav.journeys')}
      </Link>
    </div>
  );
}
