/** The buttons under a Kakao bubble (AlimTalk, Brand Message); the link is not followed in a preview. */
export function KakaoButtons({
  buttons,
}: {
  readonly buttons: readonly { readonly name: string; readonly url?: string }[];
}) {
  if (buttons.length === 0) return null;
  return (
    <div className="jf-preview-kakao-buttons">
      {buttons.map((button, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: buttons have no identity besides their order
        <span key={index} className="jf-preview-kakao-button" title={button.url}>
          {button.name}
        </span>
      ))}
    </div>
  );
}
