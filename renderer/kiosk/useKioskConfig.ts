/** Ask the host once whether this is a kiosk, and with which settings. */
import { useEffect } from 'react';
import { parseKioskConfig } from '../../assets/format/kiosk';
import { getBridge } from '../bridge';
import { useKiosk } from './store';

export function useKioskConfig(): void {
  useEffect(() => {
    let live = true;
    void getBridge()
      .getKioskConfig()
      .then(
        (status) => {
          if (!live || !status.enabled) return;
          // The host already named every problem (PIN included); the renderer
          // parses the same settings with the same schema for its own use.
          const { config } = parseKioskConfig(status.settings);
          useKiosk.setState({
            enabled: true,
            config,
            problems: status.problems,
            exitPinSet: status.exitPinSet,
          });
        },
        () => {
          // No answer from the host: not a kiosk (the app stays usable).
        },
      );
    return () => {
      live = false;
    };
  }, []);
}
