import { useTranslation } from 'react-i18next';
import { translate } from '../i18n/message';
import { dismissMessage, useMessages } from '../state/messages';
import { VIEW_STRINGS } from './strings/views';

/**
 * The message stack (top centre): each message can be dismissed; errors are
 * announced as alerts, information as status.
 *
 * @example <Messages />
 */
export function Messages() {
  const { t } = useTranslation();
  const messages = useMessages((s) => s.messages);
  if (messages.length === 0) return null;
  return (
    <div className="messages">
      {messages.map((m) => (
        <div
          key={m.id}
          className={`message ${m.tone}`}
          role={m.tone === 'error' ? 'alert' : 'status'}
        >
          <span>{translate(t, m.text)}</span>
          <button
            type="button"
            onClick={() => dismissMessage(m.id)}
            aria-label={t(VIEW_STRINGS.dismiss)}
            title={t(VIEW_STRINGS.dismiss)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
