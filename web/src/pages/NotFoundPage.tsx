import { Link } from 'react-router';
import { useT } from '../i18n/useT';

export function NotFoundPage() {
  const t = useT();
  return (
    <div className="jf-page">
      <h1 className="jf-page-title">{t('page.notFound')}</h1>
      <Link to="/journeys" className="jf-button">
        {t('nav.journeys')}
      </Link>
    </div>
  );
}
