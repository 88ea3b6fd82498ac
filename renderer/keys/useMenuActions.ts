import { useEffect } from 'react';
import { menuActionSchema } from '../../assets/format/shortcuts';
import { getBridge } from '../bridge';
import { runAction } from './actions';

/**
 * Application-menu items (Electron, electron/main/menu.ts) arrive as
 * `{ action }` over the IPC contract; each payload is parsed before the
 * same `runAction` a key runs does it. The web bridge sends none.
 */
export function useMenuActions(): void {
  useEffect(
    () =>
      getBridge().onMenuAction((payload) => {
        const parsed = menuActionSchema.safeParse(payload);
        if (parsed.success) runAction(parsed.data.action);
        else console.error('Farside ignored a menu event it does not know:', payload);
      }),
    [],
  );
}
