/** Words of the journey canvas chrome: toolbar and panel names, React Flow's own accessible labels, live badges. */
export const canvasEn = {
  'canvas.toolbar': 'Canvas',
  'canvas.inspector': 'Inspector',
  'canvas.issueBadge': '{errors} errors, {warnings} warnings',
  'canvas.minimap': 'Minimap',
  'canvas.edge': 'Connection',
  'canvas.insertHere': 'Insert a step here',
  'inspector.unitOf': '{label} unit',
  'chart.none': 'No grade',
  'canvas.rf.nodeHelp':
    'Press enter or space to select a step. Press delete to remove it and escape to cancel.',
  'canvas.rf.nodeHelpKeyboard':
    'Press enter or space to select a step, then move it with the arrow keys. Press delete to remove it and escape to cancel.',
  'canvas.rf.edgeHelp':
    'Press enter or space to select a connection. Press delete to remove it or escape to cancel.',
  'canvas.rf.controls': 'Canvas controls',
  'canvas.rf.zoomIn': 'Zoom in',
  'canvas.rf.zoomOut': 'Zoom out',
  'canvas.rf.fitView': 'Fit view',
  'canvas.rf.interactive': 'Toggle interactivity',
  'canvas.rf.handle': 'Connection point',
  'canvas.rf.moved': 'Moved the selected step {direction}. New position x {x}, y {y}',
  'live.title.base': 'Entered {entered}, waiting now {active}, completed {completed}',
  'live.title.sends': ', sent {sent}, failed {failed}, skipped {skipped}',
  'live.title.dwell': ', time in step p50 {p50}, p90 {p90}, p99 {p99}',
} as const;

export type CanvasMessageKey = keyof typeof canvasEn;

export const canvasKo: { readonly [K in CanvasMessageKey]: string } = {
  'canvas.toolbar': '캔버스',
  'canvas.inspector': '단계 설정',
  'canvas.issueBadge': '오류 {errors}개, 경고 {warnings}개',
  'canvas.minimap': '미니맵',
  'canvas.edge': '연결',
  'canvas.insertHere': '여기에 단계 넣기',
  'inspector.unitOf': '{label} 단위',
  'chart.none': '등급 없음',
  'canvas.rf.nodeHelp': 'Enter나 Space로 단계를 선택합니다. Delete로 삭제, Esc로 취소합니다.',
  'canvas.rf.nodeHelpKeyboard':
    'Enter나 Space로 단계를 선택한 뒤 화살표 키로 옮깁니다. Delete로 삭제, Esc로 취소합니다.',
  'canvas.rf.edgeHelp': 'Enter나 Space로 연결을 선택합니다. Delete로 삭제, Esc로 취소합니다.',
  'canvas.rf.controls': '캔버스 조작',
  'canvas.rf.zoomIn': '확대',
  'canvas.rf.zoomOut': '축소',
  'canvas.rf.fitView': '화면에 맞추기',
  'canvas.rf.interactive': '편집 잠금 전환',
  'canvas.rf.handle': '연결점',
  'canvas.rf.moved': '선택한 단계를 {direction}(으)로 옮겼습니다. 새 위치 x {x}, y {y}',
  'live.title.base': '진입 {entered}명, 지금 대기 {active}명, 완료 {completed}명',
  'live.title.sends': ', 발송 {sent}건, 실패 {failed}건, 건너뜀 {skipped}건',
  'live.title.dwell': ', 단계 체류 시간 중앙값 {p50}, p90 {p90}, p99 {p99}',
};
