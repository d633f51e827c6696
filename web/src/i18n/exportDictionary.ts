/**
 * Words of the export buttons (CSV / Excel downloads) and the journey gallery, merged into the main
 * dictionary. English is the reference; the Korean table must have every key.
 */
export const exportEn = {
  'export.label': 'Export',
  'export.csv': 'CSV',
  'export.xlsx': 'Excel',
  'export.csvTitle': 'Download as CSV (UTF-8, opens in Excel), with the current filters',
  'export.xlsxTitle': 'Download as an Excel workbook, with the current filters',
  'export.masked': 'Names, phone numbers and emails are masked for your role.',
  'gallery.open': 'From a template',
  'gallery.title': 'New journey from a template',
  'gallery.hint':
    'Ready journeys from common marketing plays. Templates and segments are left blank: the editor shows what to fill in.',
  'gallery.loading': 'Loading templates…',
  'gallery.error': 'Could not load the templates.',
  'gallery.retry': 'Try again',
  'gallery.empty': 'No templates are available.',
  'gallery.name': 'Journey name',
  'gallery.use': 'Use this template',
  'gallery.creating': 'Creating…',
  'gallery.steps': '{n} steps',
  'gallery.createFailed': 'Could not create the journey.',
  'gallery.saveAs': 'Save as template',
  'gallery.saved': 'Saved as a template: find it under New journey → From a template.',
  'gallery.saveFailed': 'Could not save the template.',
  'gallery.mine': 'Our team',
};

export const exportKo: { readonly [K in keyof typeof exportEn]: string } = {
  'export.label': '내보내기',
  'export.csv': 'CSV',
  'export.xlsx': '엑셀',
  'export.csvTitle': '현재 필터로 CSV 파일 내려받기 (UTF-8, 엑셀에서 열림)',
  'export.xlsxTitle': '현재 필터로 엑셀 파일 내려받기',
  'export.masked': '내 역할에서는 이름·전화번호·이메일이 가려져 내보내집니다.',
  'gallery.open': '템플릿에서',
  'gallery.title': '템플릿에서 새 여정 만들기',
  'gallery.hint':
    '자주 쓰는 마케팅 시나리오를 바로 쓸 수 있는 여정으로 준비했습니다. 템플릿과 세그먼트는 비워 두었으니 편집기에 표시되는 항목을 채우세요.',
  'gallery.loading': '템플릿을 불러오는 중…',
  'gallery.error': '템플릿을 불러오지 못했습니다.',
  'gallery.retry': '다시 시도',
  'gallery.empty': '사용할 수 있는 템플릿이 없습니다.',
  'gallery.name': '여정 이름',
  'gallery.use': '이 템플릿 사용',
  'gallery.creating': '만드는 중…',
  'gallery.steps': '{n}단계',
  'gallery.createFailed': '여정을 만들지 못했습니다.',
  'gallery.saveAs': '템플릿으로 저장',
  'gallery.saved': '템플릿으로 저장했습니다. 새 여정 → 템플릿에서 찾을 수 있습니다.',
  'gallery.saveFailed': '템플릿으로 저장하지 못했습니다.',
  'gallery.mine': '우리 팀',
};
